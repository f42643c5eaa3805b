package io.github.clientbudgets.summary;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.period.PeriodKey;
import io.github.clientbudgets.period.PeriodKind;
import io.github.clientbudgets.period.PeriodLedger;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.WorklogState;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import static io.github.clientbudgets.review.ApprovalStatus.APPROVED;
import static io.github.clientbudgets.review.ApprovalStatus.PENDING;
import static io.github.clientbudgets.review.ApprovalStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seconds a retainer's periods count, summed per month by the database, on H2 and PostgreSQL. */
class AoRetainerQueriesTest {

    private static Map<YearMonth, Long> months(Object... monthAndSeconds) {
        Map<YearMonth, Long> result = new TreeMap<>();
        for (int i = 0; i < monthAndSeconds.length; i += 2) {
            result.put(YearMonth.parse((String) monthAndSeconds[i]), ((Number) monthAndSeconds[i + 1]).longValue());
        }
        return result;
    }

    @AoTest
    void withApprovalOnlyPublishedSnapshotsCountByTheirApprovedMonth(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Fixtures f = new Fixtures(stores);
        Budget b = f.budget(10, "Support", BudgetType.RETAINER, "EUR", "2026-10-15", null, "4000.00", true);
        LineItem support = f.service(b, "Support", Billing.HOURLY, "100.00", true);
        LineItem internal = f.service(b, "Internal", Billing.NON_BILLABLE, null, false);
        Budget other = f.budget(10, "Other", BudgetType.RETAINER, "EUR", "2026-10-01", null, "100.00", true);
        LineItem otherLine = f.service(other, "Other", Billing.HOURLY, "10.00", true);

        f.approved(10, 1, support.id(), "2026-10-31", 5400, true);
        f.approved(10, 1, internal.id(), "2026-10-01", 1800, false);   // before the start day: October still counts
        f.approved(10, 2, support.id(), "2026-11-01", 7200, true);
        f.entry(10, 2, support.id(), "2026-11-02", 3600, true, PENDING);  // not yet approved
        f.entry(10, 2, support.id(), "2026-11-03", 3600, true, REJECTED); // never approved
        // approved as 1 h on Support, then edited to 4000 s: the client still sees the approved hour
        f.approvedWith(10, 3, support.id(), "2026-11-04", 4000, true, support.id(), 3600, true, PENDING);
        // approved on the other budget, then moved to ours: it counts where it was approved
        f.approvedWith(10, 3, support.id(), "2026-11-05", 900, true, otherLine.id(), 900, true, PENDING);
        f.approved(10, 4, otherLine.id(), "2026-11-06", 36000, true);
        // approved in December 2026, its worklog since moved to January: the approved month counts
        LocalDate dec = LocalDate.parse("2026-12-31");
        stores.time.insert(new TimeEntry(0, new WorklogState(990_001, 5, null, 10, "dev",
                LocalDate.parse("2027-01-02").atStartOfDay().toInstant(ZoneOffset.UTC), LocalDate.parse("2027-01-02"),
                600, "moved"), support.id(), null, true, null, PENDING, EntryState.Revision.EDIT,
                new TimeEntry.Snapshot(1200, dec.atStartOfDay().toInstant(ZoneOffset.UTC), dec, support.id(), true,
                        null), TimeEntry.Review.NONE));
        f.approved(10, 6, support.id(), "2027-01-20", 3600, true);

        Map<YearMonth, Long> used = new AoRetainerQueries(ao).usedSecondsByMonth(b.id(), true);

        assertEquals(months("2026-10", 5400 + 1800, "2026-11", 7200 + 3600, "2026-12", 1200, "2027-01", 3600), used);
        assertEquals(months("2026-11", 36000 + 900), new AoRetainerQueries(ao).usedSecondsByMonth(other.id(), true));
        // the quarters the ledger gets: October to December, then January
        assertEquals(Map.of(PeriodKey.quarter(2026, 4), 5400L + 1800 + 7200 + 3600 + 1200,
                PeriodKey.quarter(2027, 1), 3600L), PeriodLedger.byPeriod(PeriodKind.QUARTERLY, used));
        assertEquals(usedPerMonthOfTheSummary(ao, b.id(), true), used);
    }

    @AoTest
    void withoutApprovalEveryEntryCountsLiveByItsWorkMonth(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Fixtures f = new Fixtures(stores);
        Budget b = f.budget(10, "Live", BudgetType.RETAINER, "EUR", "2028-01-01", "2028-12-31", "1000.00", false);
        LineItem line = f.service(b, "Work", Billing.HOURLY, "100.00", true);
        f.entry(10, 1, line.id(), "2028-01-31", 3600, true, APPROVED);
        f.entry(10, 1, line.id(), "2028-02-01", 1800, true, PENDING);
        f.entry(10, 1, line.id(), "2028-02-29", 900, false, PENDING);
        // a snapshot from an earlier approval period does not count: the live 4000 s do
        f.approvedWith(10, 2, line.id(), "2028-03-01", 4000, true, line.id(), 3600, true, PENDING);

        Map<YearMonth, Long> used = new AoRetainerQueries(ao).usedSecondsByMonth(b.id(), false);

        assertEquals(months("2028-01", 3600, "2028-02", 1800 + 900, "2028-03", 4000), used);
        assertEquals(usedPerMonthOfTheSummary(ao, b.id(), false), used);
    }

    @AoTest
    void aBudgetWithoutTimeHasNoMonths(ActiveObjects ao) {
        Fixtures f = new Fixtures(Stores.on(ao));
        Budget b = f.budget(10, "Empty", BudgetType.RETAINER, "EUR", "2026-01-01", null, "10.00", true);
        f.service(b, "Work", Billing.HOURLY, "100.00", true);
        assertEquals(Map.of(), new AoRetainerQueries(ao).usedSecondsByMonth(b.id(), true));
    }

    /** The summary's own "used" per month, summed over line items: both queries must agree. */
    private static Map<YearMonth, Long> usedPerMonthOfTheSummary(ActiveObjects ao, long budgetId, boolean approval) {
        Map<YearMonth, Long> result = new TreeMap<>();
        for (TimeTotals row : new AoSummaryQueries(ao).timeByServiceAndMonth(budgetId, approval)) {
            if (row.usedSeconds() != 0) {
                result.merge(YearMonth.of(row.month() / 100, row.month() % 100), row.usedSeconds(), Long::sum);
            }
        }
        return result;
    }
}
