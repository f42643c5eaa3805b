package io.github.clientbudgets.period;

import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.rest.ErrorMapper;
import io.github.clientbudgets.testing.BundleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Period keys: strict parsing (a 400 on the field), formatting, calendar arithmetic across month and year ends. */
class PeriodKeyTest {

    static Stream<Arguments> goodKeys() {
        return Stream.of(
                Arguments.of("2026-01", PeriodKind.MONTHLY, 2026, 1, "2026-01-01", "2026-01-31"),
                Arguments.of("2026-12", PeriodKind.MONTHLY, 2026, 12, "2026-12-01", "2026-12-31"),
                Arguments.of("2028-02", PeriodKind.MONTHLY, 2028, 2, "2028-02-01", "2028-02-29"),
                Arguments.of("2027-02", PeriodKind.MONTHLY, 2027, 2, "2027-02-01", "2027-02-28"),
                Arguments.of("2026-Q1", PeriodKind.QUARTERLY, 2026, 1, "2026-01-01", "2026-03-31"),
                Arguments.of("2026-Q4", PeriodKind.QUARTERLY, 2026, 4, "2026-10-01", "2026-12-31"),
                Arguments.of("1900-01", PeriodKind.MONTHLY, 1900, 1, "1900-01-01", "1900-01-31"),
                Arguments.of("9999-Q4", PeriodKind.QUARTERLY, 9999, 4, "9999-10-01", "9999-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodKeys")
    void parsesFormatsAndSpansItsCalendarDays(String text, PeriodKind kind, int year, int number, String first,
                                              String last) {
        PeriodKey key = PeriodKey.parse(text, "period");
        assertEquals(new PeriodKey(kind, year, number), key);
        assertEquals(text, key.toString());
        assertEquals(LocalDate.parse(first), key.firstDay());
        assertEquals(LocalDate.parse(last), key.lastDay());
        assertEquals(key, PeriodKey.containing(kind, LocalDate.parse(last)));
        assertEquals(key, PeriodKey.parse(text, kind, "period"));
    }

    static Stream<Arguments> badKeys() {
        String bad = "client-budgets.error.period";
        return Stream.of(
                Arguments.of(null, "client-budgets.error.period.required"),
                Arguments.of("", "client-budgets.error.period.required"),
                Arguments.of("2026-1", bad), Arguments.of("2026-13", bad), Arguments.of("2026-00", bad),
                Arguments.of("2026-Q0", bad), Arguments.of("2026-Q5", bad), Arguments.of("2026-q1", bad),
                Arguments.of("2026-Q01", bad), Arguments.of(" 2026-01", bad), Arguments.of("2026-01 ", bad),
                Arguments.of("26-01", bad), Arguments.of("+2026-01", bad), Arguments.of("202601", bad),
                Arguments.of("2026-01-01", bad), Arguments.of("2026/01", bad), Arguments.of("1899-12", bad),
                Arguments.of("10000-01", bad), Arguments.of("\uff12\uff10\uff12\uff16-01", bad),
                Arguments.of("2026-M1", bad), Arguments.of("2026-Q1\n", bad));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("badKeys")
    void refusesAnythingElseOnTheField(String text, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> PeriodKey.parse(text, "month"));
        assertEquals(Map.of("month", key), Map.of(e.errors().keySet().iterator().next(),
                e.errors().values().iterator().next().key()));
        assertEquals(1, e.errors().size());
    }

    @Test
    void aKeyOfTheOtherKindIsRefusedWhereOneKindIsRequired() {
        ValidationException monthly = assertThrows(ValidationException.class,
                () -> PeriodKey.parse("2026-Q1", PeriodKind.MONTHLY, "period"));
        assertEquals("client-budgets.error.period.monthly", monthly.errors().get("period").key());
        ValidationException quarterly = assertThrows(ValidationException.class,
                () -> PeriodKey.parse("2026-03", PeriodKind.QUARTERLY, "period"));
        assertEquals("client-budgets.error.period.quarterly", quarterly.errors().get("period").key());
    }

    @Test
    void aBadKeyIsA400NamingTheFieldWithATranslatedMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> PeriodKey.parse("2026-13", "period"));
        Response response = new ErrorMapper(BundleText.create()).toResponse(e);
        assertEquals(400, response.getStatus());
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) ((Map<String, Object>) response.getEntity()).get("errors");
        assertEquals(java.util.Set.of("period"), errors.keySet());
        assertTrue(errors.get("period").contains("YYYY-Qn"), errors.get("period"));
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("2026-01", "2026-02", 31), Arguments.of("2026-12", "2027-01", 31),
                Arguments.of("2028-02", "2028-03", 29), Arguments.of("2027-02", "2027-03", 28),
                Arguments.of("2026-Q4", "2027-Q1", 92), Arguments.of("2027-Q1", "2027-Q2", 90),
                Arguments.of("2028-Q1", "2028-Q2", 91), Arguments.of("2026-Q3", "2026-Q4", 92));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("steps")
    void nextAndPreviousCrossMonthAndYearEnds(String from, String to, int days) {
        PeriodKey a = PeriodKey.parse(from, "period");
        PeriodKey b = PeriodKey.parse(to, "period");
        assertEquals(b, a.next());
        assertEquals(a, b.previous());
        assertEquals(days, a.days());
        assertTrue(a.isBefore(b));
        assertFalse(b.isBefore(a));
    }

    @Test
    void monthsFallIntoTheirQuarter() {
        assertEquals("2026-Q1", PeriodKey.containing(PeriodKind.QUARTERLY, LocalDate.parse("2026-03-31")).toString());
        assertEquals("2026-Q2", PeriodKey.containing(PeriodKind.QUARTERLY, LocalDate.parse("2026-04-01")).toString());
        assertEquals("2026-Q4", PeriodKey.containing(PeriodKind.QUARTERLY, LocalDate.parse("2026-12-31")).toString());
        assertThrows(IllegalArgumentException.class,
                () -> PeriodKey.month(2026, 1).compareTo(PeriodKey.quarter(2026, 1)));
    }
}
