package io.github.clientbudgets.period;

import io.github.clientbudgets.common.Hours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rollover arithmetic against figures worked out by hand. Each row of the table reads
 * {@code period | allowance | carried in | used | remaining | carried out}, in hours.
 */
class PeriodLedgerTest {

    private static long h(String hours) {
        return new BigDecimal(hours).multiply(BigDecimal.valueOf(3600)).longValueExact();
    }

    private static RetainerTerms monthly(String hours, Rollover rollover, String start, String end) {
        return new RetainerTerms(PeriodKind.MONTHLY, h(hours), null, rollover, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    private static RetainerTerms quarterly(String hours, Rollover rollover, String start, String end) {
        return new RetainerTerms(PeriodKind.QUARTERLY, h(hours), null, rollover, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    /** "2026-01=30, 2026-02=45.5": hours used per period. */
    private static Map<PeriodKey, Long> used(String spec) {
        Map<PeriodKey, Long> result = new LinkedHashMap<>();
        if (!spec.isBlank()) {
            for (String part : spec.split(",")) {
                String[] kv = part.strip().split("=");
                result.put(PeriodKey.parse(kv[0], "period"), h(kv[1]));
            }
        }
        return result;
    }

    private static String row(PeriodFigures f) {
        return f.period() + " | " + Hours.format(f.allowanceSeconds()) + " | " + Hours.format(f.carriedInSeconds())
                + " | " + Hours.format(f.usedSeconds()) + " | " + Hours.format(f.remainingSeconds()) + " | "
                + Hours.format(f.carriedOutSeconds());
    }

    private static List<String> rows(List<PeriodFigures> figures) {
        return figures.stream().map(PeriodLedgerTest::row).collect(Collectors.toList());
    }

    static Stream<Arguments> ledgers() {
        Rollover none = Rollover.none();
        return Stream.of(
                Arguments.of("no rule, nothing used", monthly("40", none, "2026-01-01", "2026-03-31"), null, "",
                        List.of("2026-01 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00",
                                "2026-02 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00",
                                "2026-03 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00")),
                Arguments.of("no rule: overuse stays negative, unused expires",
                        monthly("40", none, "2026-01-01", "2026-03-31"), null, "2026-01=50, 2026-02=12.25",
                        List.of("2026-01 | 40.00 | 0.00 | 50.00 | -10.00 | 0.00",
                                "2026-02 | 40.00 | 0.00 | 12.25 | 27.75 | 0.00",
                                "2026-03 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00")),
                Arguments.of("carry-over below the cap; the last period carries nothing out",
                        monthly("40", Rollover.carryOver(h("10")), "2026-01-01", "2026-03-31"), null,
                        "2026-01=35, 2026-02=44, 2026-03=20",
                        List.of("2026-01 | 40.00 | 0.00 | 35.00 | 5.00 | 5.00",
                                "2026-02 | 40.00 | 5.00 | 44.00 | 1.00 | 1.00",
                                "2026-03 | 40.00 | 1.00 | 20.00 | 21.00 | 0.00")),
                Arguments.of("carry-over hits the cap and does not compound",
                        monthly("40", Rollover.carryOver(h("10")), "2026-01-01", "2026-04-30"), null,
                        "2026-01=10, 2026-02=0, 2026-03=45",
                        List.of("2026-01 | 40.00 | 0.00 | 10.00 | 30.00 | 10.00",
                                "2026-02 | 40.00 | 10.00 | 0.00 | 50.00 | 10.00",
                                "2026-03 | 40.00 | 10.00 | 45.00 | 5.00 | 5.00",
                                "2026-04 | 40.00 | 5.00 | 0.00 | 45.00 | 0.00")),
                Arguments.of("carry-over: hours carried in are used first and expire after one period",
                        monthly("40", Rollover.carryOver(h("40")), "2026-01-01", "2026-03-31"), null,
                        "2026-01=0, 2026-02=5, 2026-03=0",
                        List.of("2026-01 | 40.00 | 0.00 | 0.00 | 40.00 | 40.00",
                                "2026-02 | 40.00 | 40.00 | 5.00 | 75.00 | 40.00",
                                "2026-03 | 40.00 | 40.00 | 0.00 | 80.00 | 0.00")),
                Arguments.of("carry-over: overuse is an overrun, nothing carried",
                        monthly("40", Rollover.carryOver(h("10")), "2026-01-01", "2026-02-28"), null, "2026-01=41",
                        List.of("2026-01 | 40.00 | 0.00 | 41.00 | -1.00 | 0.00",
                                "2026-02 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00")),
                Arguments.of("borrowing below the cap; unused hours expire",
                        monthly("40", Rollover.borrow(h("10")), "2026-01-01", "2026-03-31"), null,
                        "2026-01=45, 2026-02=30",
                        List.of("2026-01 | 40.00 | 0.00 | 45.00 | -5.00 | -5.00",
                                "2026-02 | 40.00 | -5.00 | 30.00 | 5.00 | 0.00",
                                "2026-03 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00")),
                Arguments.of("borrowing hits the cap: the rest is overage; debts chain, the last period borrows nothing",
                        monthly("40", Rollover.borrow(h("10")), "2026-01-01", "2026-03-31"), null,
                        "2026-01=55, 2026-02=38, 2026-03=50",
                        List.of("2026-01 | 40.00 | 0.00 | 55.00 | -15.00 | -10.00",
                                "2026-02 | 40.00 | -10.00 | 38.00 | -8.00 | -8.00",
                                "2026-03 | 40.00 | -8.00 | 50.00 | -18.00 | 0.00")),
                Arguments.of("borrowing is capped by the next period's own (prorated) allowance",
                        monthly("31", Rollover.borrow(h("20")), "2026-12-01", "2027-01-05"), null, "2026-12=50",
                        List.of("2026-12 | 31.00 | 0.00 | 50.00 | -19.00 | -5.00",
                                "2027-01 | 5.00 | -5.00 | 0.00 | 0.00 | 0.00")),
                Arguments.of("month end: a budget from Jan 31 has a one-day January, then a full February",
                        monthly("31", Rollover.carryOver(h("31")), "2026-01-31", "2026-02-28"), null, "",
                        List.of("2026-01 | 1.00 | 0.00 | 0.00 | 1.00 | 1.00",
                                "2026-02 | 31.00 | 1.00 | 0.00 | 32.00 | 0.00")),
                Arguments.of("leap year: Feb 15 to 29, 2028, is 15 of 29 days",
                        monthly("29", none, "2028-02-15", "2028-03-31"), null, "2028-02=3",
                        List.of("2028-02 | 15.00 | 0.00 | 3.00 | 12.00 | 0.00",
                                "2028-03 | 29.00 | 0.00 | 0.00 | 29.00 | 0.00")),
                Arguments.of("leap year: a quarter from Feb 1, 2028, covers 29 + 31 of 91 days",
                        quarterly("91", Rollover.carryOver(h("30")), "2028-02-01", "2028-06-30"), null, "2028-Q1=20",
                        List.of("2028-Q1 | 60.00 | 0.00 | 20.00 | 40.00 | 30.00",
                                "2028-Q2 | 91.00 | 30.00 | 0.00 | 121.00 | 0.00")),
                Arguments.of("leap year: February 2028 borrows the cap from a March ending on the 15th",
                        monthly("29", Rollover.borrow(h("10")), "2028-02-01", "2028-03-15"), null, "2028-02=45",
                        // March: 29 x 15/31 = 14.03 h, of which 10 are lent to February
                        List.of("2028-02 | 29.00 | 0.00 | 45.00 | -16.00 | -10.00",
                                "2028-03 | 14.03 | -10.00 | 0.00 | 4.03 | 0.00")),
                Arguments.of("no leap year: Feb 15 to 28, 2027, is 14 of 28 days",
                        monthly("28", none, "2027-02-15", "2027-02-28"), null, "",
                        List.of("2027-02 | 14.00 | 0.00 | 0.00 | 14.00 | 0.00")),
                Arguments.of("mid-month start and end: prorated by calendar days, rounded to 0.01 h",
                        monthly("40", Rollover.carryOver(h("10")), "2026-03-16", "2026-05-10"), null,
                        "2026-03=2",
                        // 40 x 16/31 = 20.645 -> 20.65; 40 x 10/31 = 12.903 -> 12.90
                        List.of("2026-03 | 20.65 | 0.00 | 2.00 | 18.65 | 10.00",
                                "2026-04 | 40.00 | 10.00 | 0.00 | 50.00 | 10.00",
                                "2026-05 | 12.90 | 10.00 | 0.00 | 22.90 | 0.00")),
                Arguments.of("the worked example of docs/budgets.md, carry-over",
                        monthly("40", Rollover.carryOver(h("10")), "2026-03-16", "2026-06-30"), null,
                        "2026-03=12, 2026-04=45, 2026-05=22, 2026-06=41",
                        List.of("2026-03 | 20.65 | 0.00 | 12.00 | 8.65 | 8.65",
                                "2026-04 | 40.00 | 8.65 | 45.00 | 3.65 | 3.65",
                                "2026-05 | 40.00 | 3.65 | 22.00 | 21.65 | 10.00",
                                "2026-06 | 40.00 | 10.00 | 41.00 | 9.00 | 0.00")),
                Arguments.of("the worked example of docs/budgets.md, borrowing",
                        monthly("40", Rollover.borrow(h("10")), "2026-03-16", "2026-06-30"), null,
                        "2026-03=12, 2026-04=45, 2026-05=22, 2026-06=41",
                        List.of("2026-03 | 20.65 | 0.00 | 12.00 | 8.65 | 0.00",
                                "2026-04 | 40.00 | 0.00 | 45.00 | -5.00 | -5.00",
                                "2026-05 | 40.00 | -5.00 | 22.00 | 13.00 | 0.00",
                                "2026-06 | 40.00 | 0.00 | 41.00 | -1.00 | 0.00")),
                Arguments.of("quarters across a year end",
                        quarterly("120", Rollover.carryOver(h("30")), "2026-10-01", "2027-06-30"), null,
                        "2026-Q4=100, 2027-Q1=150",
                        List.of("2026-Q4 | 120.00 | 0.00 | 100.00 | 20.00 | 20.00",
                                "2027-Q1 | 120.00 | 20.00 | 150.00 | -10.00 | 0.00",
                                "2027-Q2 | 120.00 | 0.00 | 0.00 | 120.00 | 0.00")),
                Arguments.of("a quarter starting in its second month: 59 of 90 days",
                        quarterly("90", Rollover.borrow(h("30")), "2026-02-01", "2026-06-30"), null,
                        "2026-Q1=70",
                        List.of("2026-Q1 | 59.00 | 0.00 | 70.00 | -11.00 | -11.00",
                                "2026-Q2 | 90.00 | -11.00 | 0.00 | 79.00 | 0.00")),
                Arguments.of("open-ended, through today's period: its carried out is the figure so far",
                        monthly("40", Rollover.carryOver(h("10")), "2026-01-01", null), PeriodKey.month(2026, 2),
                        "2026-01=40, 2026-02=33, 2026-03=7",
                        List.of("2026-01 | 40.00 | 0.00 | 40.00 | 0.00 | 0.00",
                                "2026-02 | 40.00 | 0.00 | 33.00 | 7.00 | 7.00")),
                Arguments.of("through after the end date stops at the last period; time outside is ignored",
                        monthly("40", Rollover.carryOver(h("10")), "2026-01-01", "2026-01-31"),
                        PeriodKey.month(2026, 6), "2025-12=9, 2026-01=30, 2026-02=5",
                        List.of("2026-01 | 40.00 | 0.00 | 30.00 | 10.00 | 0.00")),
                Arguments.of("a budget that ends in the last month there is",
                        monthly("40", Rollover.borrow(h("10")), "9999-11-01", "9999-12-31"), null, "9999-11=45",
                        List.of("9999-11 | 40.00 | 0.00 | 45.00 | -5.00 | -5.00",
                                "9999-12 | 40.00 | -5.00 | 0.00 | 35.00 | 0.00")),
                Arguments.of("through before the first period: nothing yet",
                        monthly("40", none, "2026-05-01", null), PeriodKey.month(2026, 4), "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void computesEachPeriodsFigures(String name, RetainerTerms terms, PeriodKey through, String used,
                                    List<String> expected) {
        List<PeriodFigures> figures = new PeriodLedger(terms).periods(through, used(used), Map.of());
        assertEquals(expected, rows(figures));
        for (int i = 1; i < figures.size(); i++) {
            assertEquals(figures.get(i - 1).carriedOutSeconds(), figures.get(i).carriedInSeconds());
        }
    }

    @Test
    void quartersAreFoldedFromTheMonthsTheDatabaseGroups() {
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        months.put(YearMonth.of(2026, 11), h("60"));
        months.put(YearMonth.of(2026, 12), h("40"));
        months.put(YearMonth.of(2027, 1), h("50"));
        months.put(YearMonth.of(2027, 3), h("10.5"));
        assertEquals(Map.of(PeriodKey.quarter(2026, 4), h("100"), PeriodKey.quarter(2027, 1), h("60.5")),
                PeriodLedger.byPeriod(PeriodKind.QUARTERLY, months));
        assertEquals(4, PeriodLedger.byPeriod(PeriodKind.MONTHLY, months).size());
        assertEquals(h("40"), PeriodLedger.byPeriod(PeriodKind.MONTHLY, months).get(PeriodKey.month(2026, 12)));
    }

    @Test
    void theAmountIsProratedLikeTheHoursRoundedHalfUp() {
        RetainerTerms terms = new RetainerTerms(PeriodKind.MONTHLY, h("40"), new BigDecimal("1000.00"),
                Rollover.none(), LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"));
        List<PeriodFigures> figures = new PeriodLedger(terms).periods(null, Map.of(), Map.of());
        // 1000.00 x 1/31 = 32.258 -> 32.26; 40 h x 1/31 = 1.2903 h -> 1.29 h
        assertEquals(new BigDecimal("32.26"), figures.get(0).allowanceAmount());
        assertEquals(h("1.29"), figures.get(0).allowanceSeconds());
        assertEquals(new BigDecimal("1000.00"), figures.get(1).allowanceAmount());
        assertEquals(null, new PeriodLedger(monthly("40", Rollover.none(), "2026-01-01", "2026-01-31"))
                .periods(null, Map.of(), Map.of()).get(0).allowanceAmount());
    }

    @Test
    void expiredAndOverageSayWhatIsLeftOnceTheCarryIsTakenOut() {
        List<PeriodFigures> carry = new PeriodLedger(monthly("40", Rollover.carryOver(h("10")), "2026-01-01",
                "2026-02-28")).periods(null, used("2026-01=10, 2026-02=45"), Map.of());
        assertEquals(h("20"), carry.get(0).expiredSeconds()); // 30 unused, 10 carried
        assertEquals(0, carry.get(0).overageSeconds());
        assertEquals(h("5"), carry.get(1).expiredSeconds()); // 40 + 10 carried - 45, the last period
        assertEquals(0, carry.get(1).overageSeconds());
        List<PeriodFigures> borrow = new PeriodLedger(monthly("40", Rollover.borrow(h("10")), "2026-01-01",
                "2026-02-28")).periods(null, used("2026-01=55, 2026-02=40"), Map.of());
        assertEquals(h("5"), borrow.get(0).overageSeconds()); // 15 over, 10 borrowed
        assertEquals(h("10"), borrow.get(1).overageSeconds()); // 40 - 10 lent - 40, the last period
    }

    /** Figures a locked January had under carry-over, then the rule and January's time change. */
    @Test
    void aLockedPeriodKeepsItsFiguresWhenTheRuleChanges() {
        RetainerTerms carry = monthly("40", Rollover.carryOver(h("10")), "2026-01-01", "2026-04-30");
        List<PeriodFigures> before = new PeriodLedger(carry).periods(PeriodKey.month(2026, 2),
                used("2026-01=30, 2026-02=20"), Map.of());
        Map<PeriodKey, PeriodFigures> locked = Map.of(PeriodKey.month(2026, 1), before.get(0));

        List<PeriodFigures> after = new PeriodLedger(carry.withRollover(Rollover.none())).periods(null,
                used("2026-01=40, 2026-02=20, 2026-03=50"), locked);

        assertEquals(List.of("2026-01 | 40.00 | 0.00 | 30.00 | 10.00 | 10.00", // frozen: used 30, not the 40 now
                        "2026-02 | 40.00 | 10.00 | 20.00 | 30.00 | 0.00",   // receives the promised 10; NONE now
                        "2026-03 | 40.00 | 0.00 | 50.00 | -10.00 | 0.00",
                        "2026-04 | 40.00 | 0.00 | 0.00 | 40.00 | 0.00"), rows(after));
        assertTrue(after.get(0).locked());
        assertEquals(List.of(true, false, false, false), after.stream().map(PeriodFigures::locked).toList());
    }

    @Test
    void theWorkedExampleWithMarchAndAprilLockedThenBorrowing() {
        RetainerTerms carry = monthly("40", Rollover.carryOver(h("10")), "2026-03-16", "2026-06-30");
        Map<PeriodKey, Long> used = used("2026-03=12, 2026-04=45, 2026-05=22, 2026-06=41");
        List<PeriodFigures> before = new PeriodLedger(carry).periods(PeriodKey.month(2026, 4), used, Map.of());
        Map<PeriodKey, PeriodFigures> locked = Map.of(PeriodKey.month(2026, 3), before.get(0),
                PeriodKey.month(2026, 4), before.get(1));
        List<PeriodFigures> after = new PeriodLedger(carry.withRollover(Rollover.borrow(h("10")))).periods(null,
                used, locked);
        assertEquals(List.of("2026-03 | 20.65 | 0.00 | 12.00 | 8.65 | 8.65",
                "2026-04 | 40.00 | 8.65 | 45.00 | 3.65 | 3.65",
                "2026-05 | 40.00 | 3.65 | 22.00 | 21.65 | 0.00",
                "2026-06 | 40.00 | 0.00 | 41.00 | -1.00 | 0.00"), rows(after));
        assertEquals(h("21.65"), after.get(2).expiredSeconds());
        assertEquals(h("1"), after.get(3).overageSeconds());
        RetainerTerms paid = new RetainerTerms(PeriodKind.MONTHLY, h("40"), new BigDecimal("4000.00"),
                Rollover.carryOver(h("10")), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-06-30"));
        assertEquals(new BigDecimal("2064.52"), new PeriodLedger(paid).allowanceAmount(PeriodKey.month(2026, 3)));
    }

    @Test
    void aLockedBorrowIsRepaidUnderANewCarryOverRule() {
        RetainerTerms borrow = monthly("40", Rollover.borrow(h("10")), "2026-01-01", "2026-03-31");
        PeriodFigures january = new PeriodLedger(borrow).periods(PeriodKey.month(2026, 1), used("2026-01=48"),
                Map.of()).get(0);
        assertEquals(h("-8"), january.carriedOutSeconds());

        List<PeriodFigures> after = new PeriodLedger(borrow.withRollover(Rollover.carryOver(h("5")))).periods(null,
                used("2026-01=0, 2026-02=20"), Map.of(PeriodKey.month(2026, 1), january));

        assertEquals(List.of("2026-01 | 40.00 | 0.00 | 48.00 | -8.00 | -8.00",
                "2026-02 | 40.00 | -8.00 | 20.00 | 12.00 | 5.00",
                "2026-03 | 40.00 | 5.00 | 0.00 | 45.00 | 0.00"), rows(after));
    }

    @Test
    void aLockedPeriodAfterAnUnlockedOneKeepsItsOwnCarriedIn() {
        RetainerTerms carry = monthly("40", Rollover.carryOver(h("10")), "2026-01-01", "2026-03-31");
        PeriodFigures frozenFeb = new PeriodFigures(PeriodKey.month(2026, 2), h("40"), null, h("3"), h("40"), h("3"),
                h("3"), false);
        List<PeriodFigures> after = new PeriodLedger(carry).periods(null, used("2026-01=0"),
                Map.of(PeriodKey.month(2026, 2), frozenFeb));
        assertEquals(List.of("2026-01 | 40.00 | 0.00 | 0.00 | 40.00 | 10.00",
                "2026-02 | 40.00 | 3.00 | 40.00 | 3.00 | 3.00",
                "2026-03 | 40.00 | 3.00 | 0.00 | 43.00 | 0.00"), rows(after));
    }

    @Test
    void refusesInputsOfTheOtherKindAndAnOpenEndWithoutThrough() {
        PeriodLedger ledger = new PeriodLedger(monthly("40", Rollover.none(), "2026-01-01", null));
        assertThrows(IllegalArgumentException.class, () -> ledger.periods(null, Map.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ledger.periods(PeriodKey.month(2026, 3),
                Map.of(PeriodKey.quarter(2026, 1), 1L), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ledger.periods(PeriodKey.quarter(2026, 1),
                Map.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PeriodFigures(PeriodKey.month(2026, 1), 100, null,
                0, 10, 80, 0, true));
    }
}
