package io.github.clientbudgets.forecast;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.summary.AoSummaryQueries;
import io.github.clientbudgets.summary.TimeTotals;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;

import java.time.LocalDate;
import java.util.List;

import static io.github.clientbudgets.review.ApprovalStatus.APPROVED;
import static io.github.clientbudgets.review.ApprovalStatus.PENDING;
import static io.github.clientbudgets.review.ApprovalStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A budget's time per work day, summed by the database, on H2 and PostgreSQL: the summary's used and pending. */
class AoBurnQueriesTest {

    private static DayBurn day(String day, long approved, long pending) {
        return new DayBurn(LocalDate.parse(day), approved, pending);
    }

    @AoTest
    void withApprovalPublishedSnapshotsByTheirDayAndPendingLiveTimeByItsWorkDay(ActiveObjects ao) {
        Fixtures f = new Fixtures(Stores.on(ao));
        Budget b = f.budget(10, "Relaunch", BudgetType.TIME_AND_MATERIALS, "EUR", "2028-01-01", null, "1000.00", true);
        LineItem design = f.service(b, "Design", Billing.HOURLY, "100.00", true);
        LineItem pm = f.service(b, "PM", Billing.NON_BILLABLE, null, false);
        Budget other = f.budget(10, "Other", BudgetType.TIME_AND_MATERIALS, "EUR", "2028-01-01", null, "1.00", true);
        LineItem otherLine = f.service(other, "Other", Billing.HOURLY, "1.00", true);

        f.approved(10, 1, design.id(), "2028-02-27", 999, true);         // before "from": not read
        f.approved(10, 1, design.id(), "2028-02-28", 3600, true);
        f.approved(10, 2, pm.id(), "2028-02-29", 1800, false);           // leap day, another line item
        f.entry(10, 2, design.id(), "2028-02-29", 900, true, PENDING);
        f.entry(10, 2, design.id(), "2028-03-01", 600, true, REJECTED);  // never counts
        // approved as 1 h, then edited to 4000 s: 1 h approved, the 4000 s pending as a revision, both on the day
        f.approvedWith(10, 3, design.id(), "2028-03-01", 4000, true, design.id(), 3600, true, PENDING);
        f.entry(10, 3, design.id(), "2028-12-24", 7200, true, PENDING);  // future-dated: read, the caller skips it
        f.approved(10, 4, otherLine.id(), "2028-02-29", 36000, true);    // another budget

        List<DayBurn> burn = new AoBurnQueries(ao).byWorkDay(b.id(), true, LocalDate.parse("2028-02-28"));

        assertEquals(List.of(day("2028-02-28", 3600, 0), day("2028-02-29", 1800, 900), day("2028-03-01", 3600, 4000),
                day("2028-12-24", 0, 7200)), burn);
        assertSumsAreTheSummarys(ao, b.id(), true, 999);
    }

    @AoTest
    void withoutApprovalEveryEntryCountsLiveAndNothingIsPending(ActiveObjects ao) {
        Fixtures f = new Fixtures(Stores.on(ao));
        Budget b = f.budget(10, "Retainer", BudgetType.RETAINER, "EUR", "2026-01-01", null, "100.00", false);
        LineItem line = f.service(b, "Support", Billing.HOURLY, "100.00", true);
        f.entry(10, 1, line.id(), "2026-11-30", 3600, true, APPROVED);
        f.entry(10, 1, line.id(), "2026-11-30", 1800, true, PENDING);
        f.entry(10, 2, line.id(), "2026-12-01", 900, false, PENDING);
        // a snapshot of an earlier approval period does not count: the live 4000 s do
        f.approvedWith(10, 3, line.id(), "2026-12-02", 4000, true, line.id(), 3600, true, PENDING);

        List<DayBurn> burn = new AoBurnQueries(ao).byWorkDay(b.id(), false, LocalDate.parse("2026-01-01"));

        assertEquals(List.of(day("2026-11-30", 5400, 0), day("2026-12-01", 900, 0), day("2026-12-02", 4000, 0)), burn);
        assertSumsAreTheSummarys(ao, b.id(), false, 0);
    }

    @AoTest
    void aBudgetWithoutTimeHasNoDays(ActiveObjects ao) {
        Fixtures f = new Fixtures(Stores.on(ao));
        Budget b = f.budget(10, "Empty", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", null, "10.00", true);
        f.service(b, "Work", Billing.HOURLY, "100.00", true);
        assertEquals(List.of(), new AoBurnQueries(ao).byWorkDay(b.id(), true, LocalDate.parse("2000-01-01")));
    }

    /** Read from the budget's start, the days add up to the summary's used and pending: one rule for both. */
    private static void assertSumsAreTheSummarys(ActiveObjects ao, long budgetId, boolean approval, long before) {
        List<DayBurn> all = new AoBurnQueries(ao).byWorkDay(budgetId, approval, LocalDate.parse("2000-01-01"));
        long used = 0;
        long pending = 0;
        for (TimeTotals row : new AoSummaryQueries(ao).timeByServiceAndMonth(budgetId, approval)) {
            used += row.usedSeconds();
            pending += row.pendingSeconds();
        }
        assertEquals(used, all.stream().mapToLong(DayBurn::approvedSeconds).sum());
        assertEquals(pending, all.stream().mapToLong(DayBurn::pendingSeconds).sum());
        assertEquals(before, all.get(0).approvedSeconds() == 999 ? 999 : 0);
    }
}
