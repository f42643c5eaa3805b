package io.github.clientbudgets.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputPolicyTest {

    static Stream<Arguments> refusedOnOneLine() {
        return Stream.of(
                Arguments.of("a\u0000b", "client-budgets.error.text.nul"),
                Arguments.of("\u0000", "client-budgets.error.text.nul"),
                Arguments.of("a\u0001b", "client-budgets.error.text.control"),
                Arguments.of("a\u001Fb", "client-budgets.error.text.control"),
                Arguments.of("a\tb", "client-budgets.error.text.control"),
                Arguments.of("a\nb", "client-budgets.error.text.control"),
                Arguments.of("a\rb", "client-budgets.error.text.control"),
                Arguments.of("a\u007Fb", "client-budgets.error.text.control"),
                Arguments.of("a\u0080b", "client-budgets.error.text.control"),
                Arguments.of("a\u0085b", "client-budgets.error.text.control"),
                Arguments.of("a\u009Fb", "client-budgets.error.text.control"),
                Arguments.of("Acme \u202Eevil", "client-budgets.error.text.bidi"),
                Arguments.of("\u202A", "client-budgets.error.text.bidi"),
                Arguments.of("\u202B", "client-budgets.error.text.bidi"),
                Arguments.of("\u202C", "client-budgets.error.text.bidi"),
                Arguments.of("\u202D", "client-budgets.error.text.bidi"),
                Arguments.of("\u2066", "client-budgets.error.text.bidi"),
                Arguments.of("\u2067", "client-budgets.error.text.bidi"),
                Arguments.of("\u2068", "client-budgets.error.text.bidi"),
                Arguments.of("x\u2069", "client-budgets.error.text.bidi"),
                Arguments.of("lone \uD800 high", "client-budgets.error.text.invalid"),
                Arguments.of("lone high at end \uDBFF", "client-budgets.error.text.invalid"),
                Arguments.of("lone \uDC00 low", "client-budgets.error.text.invalid"),
                Arguments.of("\uDC00\uD800", "client-budgets.error.text.invalid"),
                Arguments.of("\uFFFE", "client-budgets.error.text.invalid"),
                Arguments.of("\uFFFF", "client-budgets.error.text.invalid"),
                Arguments.of("\uFDD0", "client-budgets.error.text.invalid"),
                Arguments.of("\uD83F\uDFFF", "client-budgets.error.text.invalid")); // U+1FFFF, a non-character
    }

    @ParameterizedTest
    @MethodSource("refusedOnOneLine")
    void refusesOnOneLine(String text, String key) {
        assertEquals(key, InputPolicy.problem(text, false));
        Errors errors = new Errors();
        assertNull(InputPolicy.line(text, "name", 255, true, errors));
        assertTrue(errors.has("name"));
        assertFalse(InputPolicy.isKey(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "Café crème", "日本語", "emoji \uD83D\uDE00 ok", "Ünïcödé – “quotes”", "a b",
            "\u200F right-to-left mark", "שלום", "مرحبا", "\uFFFD replacement"})
    void acceptsVisibleUnicode(String text) {
        assertNull(InputPolicy.problem(text, false));
        Errors errors = new Errors();
        assertEquals(text.strip(), InputPolicy.line(text, "name", 255, true, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void multiLineAllowsTabAndLineBreaksOnly() {
        Errors errors = new Errors();
        assertEquals("line 1\r\n\tline 2", InputPolicy.multiLine("  line 1\r\n\tline 2\n", "reason", 2000, errors));
        assertTrue(errors.isEmpty());
        for (String bad : new String[] {"a\u0000", "a\u000B", "a\u000C", "a\u0085", "a\u202E", "a\uD800"}) {
            Errors e = new Errors();
            assertNull(InputPolicy.multiLine(bad, "reason", 2000, e));
            assertTrue(e.has("reason"), bad);
        }
    }

    @Test
    void lengthIsAtMostTheLimitAfterStripping() {
        Errors errors = new Errors();
        assertEquals("x".repeat(255), InputPolicy.line(" " + "x".repeat(255) + " ", "name", 255, true, errors));
        assertTrue(errors.isEmpty());
        assertNull(InputPolicy.line("x".repeat(256), "name", 255, true, errors));
        assertTrue(errors.has("name"));
        // a character outside the BMP counts twice, never less than the database counts
        Errors astral = new Errors();
        assertNull(InputPolicy.line("\uD83D\uDE00".repeat(128), "name", 255, true, astral));
        assertTrue(astral.has("name"));
        assertFalse(InputPolicy.isKey("k".repeat(256)));
        assertTrue(InputPolicy.isKey("k".repeat(255)));
    }

    @Test
    void blankIsAbsentOrRequired() {
        Errors optional = new Errors();
        assertNull(InputPolicy.multiLine("   ", "reason", 10, optional));
        assertNull(InputPolicy.key(null, "ownerKey", optional));
        assertTrue(optional.isEmpty());
        Errors required = new Errors();
        assertNull(InputPolicy.line(" \u3000 ", "name", 255, true, required));
        assertTrue(required.has("name"));
        assertFalse(InputPolicy.isKey(" "));
        assertFalse(InputPolicy.isKey(null));
    }

    @Test
    void datesBetween1900And9999() {
        Errors errors = new Errors();
        assertEquals(InputPolicy.MIN_DATE, InputPolicy.inRange(LocalDate.of(1900, 1, 1), "d", errors));
        assertEquals(InputPolicy.MAX_DATE, InputPolicy.inRange(LocalDate.of(9999, 12, 31), "d", errors));
        assertTrue(errors.isEmpty());
        assertNull(InputPolicy.inRange(LocalDate.of(1899, 12, 31), "d", errors));
        assertTrue(errors.has("d"));
        Errors late = new Errors();
        assertNull(InputPolicy.inRange(LocalDate.of(10000, 1, 1), "d", late));
        assertTrue(late.has("d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "1899-12-31", "-0001-01-01", "+10000-01-01", "10000-01-01", "+2026-01-01",
            "2026-1-01", "2026-02-30", "2026-13-01", "2026-00-10", "26-01-01", "2026-01-01T00:00", "2026/01/01",
            "२०२६-०१-०१", "2026-01-01\u0000", "\u202E2026-01-01"})
    void fieldsRefuseDatesOutsideThePolicy(String text) {
        Errors errors = new Errors();
        assertNull(Fields.date(text, "startDate", true, errors));
        assertTrue(errors.has("startDate"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2026-02-28", "2024-02-29", "9999-12-31", " 2026-10-01 "})
    void fieldsAcceptDatesInThePolicy(String text) {
        Errors errors = new Errors();
        assertEquals(LocalDate.parse(text.strip()), Fields.date(text, "startDate", true, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void namesUseThePolicyAndTheirOwnWording() {
        Errors nul = new Errors();
        assertNull(Fields.name("Acme\u0000", "name", nul));
        Errors blank = new Errors();
        assertNull(Fields.name("  ", "name", blank));
        Errors longName = new Errors();
        assertNull(Fields.name("n".repeat(256), "name", longName));
        assertTrue(nul.has("name") && blank.has("name") && longName.has("name"));
        assertEquals("Acme", Fields.name("  Acme  ", "name", new Errors()));
    }
}
