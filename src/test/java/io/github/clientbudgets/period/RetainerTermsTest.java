package io.github.clientbudgets.period;

import io.github.clientbudgets.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Retainer terms as sent: what is accepted, and the field every refusal names. */
class RetainerTermsTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    private static RetainerTermsInput input(String period, String hours, String amount, String rollover, String cap,
                                            String start, String end) {
        return new RetainerTermsInput(period, hours, amount, rollover, cap, start, end);
    }

    @Test
    void acceptsCompleteTerms() {
        RetainerTerms terms = RetainerTerms.from(input("monthly", "40.5", "4000.00", "CARRY_OVER", "10",
                "2026-01-15", "2026-12-31"), EUR);
        assertEquals(PeriodKind.MONTHLY, terms.period());
        assertEquals(40 * 3600 + 1800, terms.allowanceSeconds());
        assertEquals(new BigDecimal("4000.00"), terms.allowanceAmount());
        assertEquals(Rollover.carryOver(36000), terms.rollover());
        assertEquals(LocalDate.parse("2026-01-15"), terms.startDate());
        assertEquals(PeriodKey.month(2026, 1), terms.firstPeriod());
        assertEquals(PeriodKey.month(2026, 12), terms.lastPeriod());
    }

    @Test
    void withoutARuleThereIsNoRolloverAndWithoutAnEndNoLastPeriod() {
        RetainerTerms terms = RetainerTerms.from(input("QUARTERLY", "120", null, null, null, "2026-02-01", null), EUR);
        assertEquals(Rollover.none(), terms.rollover());
        assertNull(terms.allowanceAmount());
        assertNull(terms.lastPeriod());
        assertEquals(PeriodKey.quarter(2026, 1), terms.firstPeriod());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(input(null, "40", null, null, null, "2026-01-01", null),
                        Map.of("period", "client-budgets.error.choice.required")),
                Arguments.of(input("WEEKLY", "40", null, null, null, "2026-01-01", null),
                        Map.of("period", "client-budgets.error.choice")),
                Arguments.of(input("MONTHLY", null, null, null, null, "2026-01-01", null),
                        Map.of("allowanceHours", "client-budgets.error.required")),
                Arguments.of(input("MONTHLY", "0", null, null, null, "2026-01-01", null),
                        Map.of("allowanceHours", "client-budgets.error.allowance.positive")),
                Arguments.of(input("MONTHLY", "40.001", null, null, null, "2026-01-01", null),
                        Map.of("allowanceHours", "client-budgets.error.decimals")),
                Arguments.of(input("MONTHLY", "-4", null, null, null, "2026-01-01", null),
                        Map.of("allowanceHours", "client-budgets.error.negative")),
                Arguments.of(input("MONTHLY", "40", "10.005", null, null, "2026-01-01", null),
                        Map.of("allowanceAmount", "client-budgets.error.currency.decimals")),
                Arguments.of(input("MONTHLY", "40", null, "SOMETIMES", "5", "2026-01-01", null),
                        Map.of("rollover", "client-budgets.error.choice")),
                Arguments.of(input("MONTHLY", "40", null, "NONE", "5", "2026-01-01", null),
                        Map.of("rolloverCapHours", "client-budgets.error.rollover.capWithoutRule")),
                Arguments.of(input("MONTHLY", "40", null, "CARRY_OVER", null, "2026-01-01", null),
                        Map.of("rolloverCapHours", "client-budgets.error.rollover.capRequired")),
                Arguments.of(input("MONTHLY", "40", null, "BORROW", "0", "2026-01-01", null),
                        Map.of("rolloverCapHours", "client-budgets.error.rollover.capRequired")),
                Arguments.of(input("MONTHLY", "40", null, "BORROW", "40.01", "2026-01-01", null),
                        Map.of("rolloverCapHours", "client-budgets.error.rollover.capAboveAllowance")),
                Arguments.of(input("MONTHLY", "40", null, null, null, null, null),
                        Map.of("startDate", "client-budgets.error.date.required")),
                Arguments.of(input("MONTHLY", "40", null, null, null, "2026-02-30", null),
                        Map.of("startDate", "client-budgets.error.date")),
                Arguments.of(input("MONTHLY", "40", null, null, null, "2026-03-01", "2026-02-28"),
                        Map.of("endDate", "client-budgets.error.dates.order")),
                Arguments.of(input("DAILY", "0", "x", "CARRY_OVER", null, "2026-03-01", "2026-02-28"),
                        Map.of("period", "client-budgets.error.choice",
                                "allowanceHours", "client-budgets.error.allowance.positive",
                                "allowanceAmount", "client-budgets.error.decimal",
                                "rolloverCapHours", "client-budgets.error.rollover.capRequired",
                                "endDate", "client-budgets.error.dates.order")));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusesOnTheField(RetainerTermsInput in, Map<String, String> expected) {
        ValidationException e = assertThrows(ValidationException.class, () -> RetainerTerms.from(in, EUR));
        Map<String, String> keys = new LinkedHashMap<>();
        e.errors().forEach((field, message) -> keys.put(field, message.key()));
        assertEquals(expected, keys);
    }

    @Test
    void termsBuiltInCodeAreCheckedAlike() {
        ValidationException e = assertThrows(ValidationException.class, () -> new RetainerTerms(PeriodKind.MONTHLY,
                3600, null, Rollover.carryOver(7200), LocalDate.parse("2026-01-01"), null));
        assertEquals("client-budgets.error.rollover.capAboveAllowance", e.errors().get("rolloverCapHours").key());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> new RetainerTerms(null, 3601, new BigDecimal("-1"), null, null, null));
        assertEquals(java.util.Set.of("period", "rollover", "startDate", "allowanceAmount", "allowanceHours"),
                missing.errors().keySet());
        assertThrows(IllegalArgumentException.class, () -> new Rollover(RolloverRule.NONE, 36));
        assertThrows(IllegalArgumentException.class, () -> Rollover.borrow(0));
    }
}
