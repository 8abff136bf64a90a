package uk.safeguarding.reviews.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void cleaningRemovesWhatXmlForbidsAndKeepsEveryScript() {
        assertEquals("", Text.clean(null));
        assertEquals("ab\nc\nd e", Text.clean("\u0000a\u0007b\r\nc\rd\te"));
        assertEquals("lone  surrogate", Text.clean("lone \uD800 surrogate"));
        assertEquals("not characters", Text.clean("not\uFFFE \uFFFFcharacters"));
        assertEquals("👩‍👩‍👧 Łódź 儿童 طفل", Text.clean("👩‍👩‍👧 Łódź 儿童 طفل"));
        assertEquals("C1 control", Text.clean("C1\u0085 control"));
    }

    @Test
    void winAnsiTextIsLeftAsItIs() {
        String winAnsi = "£1,250 — the child’s “safety” café naïve € … • ½ © ß Ÿ\nsecond line";
        assertEquals(winAnsi, Text.toWinAnsi(winAnsi));
    }

    @Test
    void otherCharactersBecomeTheNearestVisibleThing() {
        assertEquals("Lodz", Text.toWinAnsi("Lodź"), "an accented letter outside WinAnsi loses its accent");
        assertEquals("?ódz", Text.toWinAnsi("Łódź"), "a letter with no plain form shows a mark");
        assertEquals("Erdogan Gyor", Text.toWinAnsi("Erdoğan Győr"));
        assertEquals("a", Text.toWinAnsi("a\u0301"), "a combining accent alone is dropped");
        assertEquals("x-y-z", Text.toWinAnsi("x\u2010y\u2212z"));
        assertEquals("a b c", Text.toWinAnsi("a\u2003b\u3000c"));
        assertEquals("xy", Text.toWinAnsi("x\u200By"), "invisible characters stay invisible");
        assertEquals("??", Text.toWinAnsi("儿童"));
        assertEquals("? ? ?", Text.toWinAnsi("👍 👍🏽 👩‍👩‍👧"), "one mark an emoji, however it is built");
    }
}
