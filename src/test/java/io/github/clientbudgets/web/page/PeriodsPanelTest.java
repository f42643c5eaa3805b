package io.github.clientbudgets.web.page;

import io.github.clientbudgets.format.TestFormats;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKey;
import io.github.clientbudgets.period.PeriodKind;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.Rollover;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A retainer's periods as the pages show them: which one is current, the terms in words, the reader's formats. */
class PeriodsPanelTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final long H = 3600;
    private static final RetainerTerms MONTHLY = new RetainerTerms(PeriodKind.MONTHLY, 40 * H, new BigDecimal("4000.00"),
            Rollover.carryOver(10 * H), LocalDate.parse("2026-09-01"), LocalDate.parse("2027-08-31"));

    private static PeriodFigures figures(PeriodKey key, long allowance, long carriedIn, long used, long carriedOut,
                                         boolean locked) {
        return new PeriodFigures(key, allowance, new BigDecimal("4000.00"), carriedIn, used,
                allowance + carriedIn - used, carriedOut, locked);
    }

    private static List<PeriodFigures> threeMonths() {
        return List.of(figures(PeriodKey.month(2026, 9), 40 * H, 0, 32 * H, 8 * H, true),
                figures(PeriodKey.month(2026, 10), 40 * H, 8 * H, 50 * H, 0, false),
                figures(PeriodKey.month(2026, 11), 40 * H, 0, 12 * H + 1800, 10 * H, false));
    }

    @Test
    void thePeriodHoldingTodayIsCurrentAndTheHistoryIsEveryPeriodOldestFirst() {
        PeriodsPanel panel = PeriodsPanel.of(MONTHLY, threeMonths(), LocalDate.parse("2026-11-30"), USD,
                TestFormats.english());
        assertTrue(panel.isShown() && panel.isHasPeriods() && panel.isHasCurrent());
        assertEquals(List.of("2026-09", "2026-10", "2026-11"), panel.getPeriods().stream().map(PeriodRowView::getKey).toList());
        PeriodRowView current = panel.getCurrent();
        assertEquals("2026-11", current.getKey());
        assertTrue(current.isCurrent());
        assertEquals("November 2026", current.getMonth());
        assertEquals("40.00", current.getAllowanceHours());
        assertEquals("12.50", current.getUsedHours());
        assertEquals("27.50", current.getRemainingHours());
        assertEquals("10.00", current.getCarriedOutHours());
        assertEquals("$4,000.00", current.getAllowanceAmount());
        assertEquals(31, current.getProgressWidth());
        assertFalse(panel.getPeriods().get(0).isCurrent());
        assertTrue(panel.getPeriods().get(0).isLocked());
        assertFalse(panel.isEnded() || panel.isNotStarted());
    }

    @Test
    void anOverdrawnPeriodSaysSoAndItsOverageIsWhatItCouldNotBorrow() {
        PeriodsPanel panel = PeriodsPanel.of(MONTHLY, threeMonths(), LocalDate.parse("2026-11-01"), USD,
                TestFormats.english());
        PeriodRowView october = panel.getPeriods().get(1);
        assertTrue(october.isOverdrawn());
        assertEquals("-2.00", october.getRemainingHours());
        assertTrue(october.isHasOverage());
        assertEquals("2.00", october.getOverageHours());
        assertEquals(100, october.getProgressWidth());
        assertFalse(panel.getPeriods().get(0).isHasOverage());
    }

    @Test
    void theTermsInWordsNameTheRuleItsCapAndTheFee() {
        PeriodsPanel panel = PeriodsPanel.of(MONTHLY, threeMonths(), LocalDate.parse("2026-11-02"), USD,
                TestFormats.english());
        assertEquals("client-budgets.periods.rule.CARRY_OVER.month", panel.getRuleKey());
        assertEquals("10.00", panel.getCapHours());
        assertEquals("40.00", panel.getAllowanceHours());
        assertEquals("$4,000.00", panel.getAllowanceAmount());
        assertTrue(panel.isHasAmounts());
        assertFalse(panel.isBorrowing() || panel.isQuarterly());

        RetainerTerms borrowing = new RetainerTerms(PeriodKind.QUARTERLY, 120 * H, null, Rollover.borrow(20 * H),
                LocalDate.parse("2026-01-15"), null);
        PeriodsPanel quarters = PeriodsPanel.of(borrowing, List.of(), LocalDate.parse("2026-01-01"), USD,
                TestFormats.english());
        assertEquals("client-budgets.periods.rule.BORROW.quarter", quarters.getRuleKey());
        assertTrue(quarters.isBorrowing() && quarters.isQuarterly());
        assertFalse(quarters.isHasAmounts());
        assertEquals("", quarters.getAllowanceAmount());

        RetainerTerms none = MONTHLY.withRollover(Rollover.none());
        assertEquals("client-budgets.periods.rule.NONE.month",
                PeriodsPanel.of(none, List.of(), LocalDate.parse("2026-01-01"), USD, TestFormats.english()).getRuleKey());
        assertEquals("", PeriodsPanel.of(none, List.of(), LocalDate.parse("2026-01-01"), USD, TestFormats.english())
                .getCapHours());
    }

    @Test
    void beforeTheFirstPeriodNothingIsListedAndTheStartIsNamed() {
        PeriodsPanel panel = PeriodsPanel.of(MONTHLY, List.of(), LocalDate.parse("2026-08-20"), USD,
                TestFormats.english());
        assertTrue(panel.isShown() && panel.isNotStarted());
        assertFalse(panel.isHasPeriods() || panel.isHasCurrent() || panel.isEnded());
        assertNull(panel.getCurrent());
        assertFalse(panel.getStartDate().isEmpty());
    }

    @Test
    void afterTheLastPeriodNoneIsCurrentAndTheRetainerHasEnded() {
        PeriodsPanel panel = PeriodsPanel.of(MONTHLY, threeMonths(), LocalDate.parse("2027-01-05"), USD,
                TestFormats.english());
        assertTrue(panel.isEnded());
        assertFalse(panel.isHasCurrent());
        assertTrue(panel.getPeriods().stream().noneMatch(PeriodRowView::isCurrent));
    }

    @Test
    void aQuarterGivesItsNumberAndYearUngroupedForTheTranslatorsLabel() {
        RetainerTerms quarterly = new RetainerTerms(PeriodKind.QUARTERLY, 120 * H, null, Rollover.none(),
                LocalDate.parse("2026-01-01"), null);
        PeriodFigures q4 = new PeriodFigures(PeriodKey.quarter(2026, 4), 120 * H, null, 0, 0, 120 * H, 0, false);
        PeriodRowView row = PeriodsPanel.of(quarterly, List.of(q4), LocalDate.parse("2026-12-31"), USD,
                TestFormats.german()).getCurrent();
        assertTrue(row.isQuarterly());
        assertEquals("4", row.getNumber());
        assertEquals("2026", row.getYear());
        assertEquals("2026-Q4", row.getKey());
        assertEquals("120,00", row.getAllowanceHours(), "the reader's formats: German decimals");
        assertEquals("", row.getAllowanceAmount());
    }

    @Test
    void germanReadersSeeGermanMonthsAndAmounts() {
        PeriodRowView current = PeriodsPanel.of(MONTHLY, threeMonths(), LocalDate.parse("2026-11-10"), USD,
                TestFormats.german()).getCurrent();
        assertEquals("November 2026", current.getMonth());
        assertEquals("12,50", current.getUsedHours());
        assertTrue(current.getAllowanceAmount().startsWith("4.000,00"), current.getAllowanceAmount());
        PeriodRowView october = PeriodsPanel.of(MONTHLY, threeMonths(), LocalDate.parse("2026-10-10"), USD,
                TestFormats.german()).getCurrent();
        assertEquals("Oktober 2026", october.getMonth());
    }

    @Test
    void noneShowsNothing() {
        assertFalse(PeriodsPanel.NONE.isShown());
        assertFalse(PeriodsPanel.NONE.isHasPeriods() || PeriodsPanel.NONE.isNotStarted() || PeriodsPanel.NONE.isEnded());
        assertEquals("", PeriodsPanel.NONE.getRuleKey());
        assertTrue(PeriodsPanel.NONE.getPeriods().isEmpty());
    }
}
