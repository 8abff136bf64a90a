package uk.safeguarding.reviews.themes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

class TaxonomyTest {

    private final List<Theme> all = new ArrayList<>(List.of(
            new Theme("neglect", "Neglect", 1, 1),
            new Theme("domestic-abuse", "Domestic abuse", 2, 1),
            new Theme("self-harm", "Self-harm", 3, 1)));

    @Test
    void aThemeLeftOutIsRetiredInTheNewVersionAndKeptWithItsName() {
        Taxonomy.Revision revision = Taxonomy.revise(all, List.of("Neglect", "Domestic abuse"), 2);

        assertEquals(List.of("self-harm"), revision.retired().stream().map(Theme::code).toList());
        Theme selfHarm = all.get(2);
        assertTrue(selfHarm.isRetired());
        assertEquals(2, selfHarm.retiredIn());
        assertEquals("Self-harm", selfHarm.label());
        assertEquals("retired Self-harm", revision.summary());
    }

    @Test
    void aNewNameIsANewThemeWithACodeMadeFromItsName() {
        Taxonomy.Revision revision = Taxonomy.revise(all, List.of("Child criminal exploitation", "Neglect",
                "Domestic abuse", "Self-harm"), 2);

        assertEquals(1, revision.added().size());
        Theme added = revision.added().get(0);
        assertEquals("child-criminal-exploitation", added.code());
        assertEquals(1, added.position());
        assertEquals(2, added.addedIn());
        assertEquals(2, all.get(0).position(), "the themes kept take their new places");
        assertEquals("added Child criminal exploitation", revision.summary());
    }

    @Test
    void theSameNameSpelledOtherwiseIsTheSameThemeRenamedInPlace() {
        Taxonomy.Revision revision = Taxonomy.revise(all, List.of("NEGLECT", "Domestic Abuse", "Self harm"), 2);

        assertTrue(revision.changesNothing());
        assertEquals("Self harm", all.get(2).label());
        assertFalse(all.get(2).isRetired());
    }

    @Test
    void aRetiredThemeListedAgainComesBack() {
        Taxonomy.revise(all, List.of("Neglect", "Domestic abuse"), 2);

        Taxonomy.Revision revision = Taxonomy.revise(all, List.of("Neglect", "Domestic abuse", "Self-harm"), 3);

        assertEquals(List.of("self-harm"), revision.revived().stream().map(Theme::code).toList());
        assertFalse(all.get(2).isRetired());
        assertEquals("brought back Self-harm", revision.summary());
    }

    @Test
    void twoLinesNamingOneThemeAreRefusedBesideTheList() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> Taxonomy.revise(all, List.of("Self-harm", "Self harm"), 2));

        assertEquals("themes", refused.field());
        assertEquals("List each theme once: \u201cSelf-harm\u201d and \u201cSelf harm\u201d are the same theme",
                refused.getMessage());
    }
}
