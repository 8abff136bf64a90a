package uk.safeguarding.reviews.kernel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person types to find reviews by reference (issue 13 §4), as the patterns the queries match. */
class ReferenceSearchTest {

    @Test
    void eachWordTypedIsAPartOfAReferenceWhateverItsCase() {
        assertEquals(List.of("%rr-2026-0002%", "%sar-%"), ReferenceSearch.patterns("  RR-2026-0002,  SAR- "));
    }

    @Test
    void nothingTypedSearchesForNothingAndFindsTheNewest() {
        assertEquals(List.of(), ReferenceSearch.patterns(null));
        assertEquals(List.of(), ReferenceSearch.patterns(" , "));
        assertEquals("", ReferenceSearch.where("r.reference", 0));
    }

    @Test
    void wildcardsAreTakenLiterallyAndRepeatsAndExtraWordsDropped() {
        assertEquals(List.of("%50\\%%", "%a\\_b%", "%c\\\\d%"), ReferenceSearch.patterns("50% a_b c\\d 50%"));
        assertEquals(ReferenceSearch.MAX_WORDS, ReferenceSearch.patterns("a b c d e f g").size());
    }

    @Test
    void theConditionNamesOneParameterForEachPattern() {
        assertEquals(" WHERE (LOWER(r.reference) LIKE :reference0 ESCAPE '\\' OR LOWER(r.reference) LIKE :reference1"
                + " ESCAPE '\\')", ReferenceSearch.where("r.reference", 2));
    }
}
