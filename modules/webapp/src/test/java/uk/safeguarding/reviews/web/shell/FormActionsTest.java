package uk.safeguarding.reviews.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A refusal about a repeated row's box is shown beside that box of that row. */
class FormActionsTest {

    @Test
    void aRowsBoxIsFoundUnderItsRepeatCountingRowsFromOne() {
        assertEquals("writeForm:recommendations:1:measure",
                FormActions.rowBox("recommendation-2-measure", "recommendation", "writeForm:recommendations"));
        assertEquals("heldForm:actions:0:dueBy", FormActions.rowBox("action-1-dueBy", "action", "heldForm:actions"));
    }

    @Test
    void anyOtherFieldIsNoRowsBox() {
        assertNull(FormActions.rowBox("notes", "action", "heldForm:actions"));
        assertNull(FormActions.rowBox("action-x-owner", "action", "heldForm:actions"));
        assertNull(FormActions.rowBox("action-2", "action", "heldForm:actions"));
        assertNull(FormActions.rowBox(null, "action", "heldForm:actions"));
    }
}
