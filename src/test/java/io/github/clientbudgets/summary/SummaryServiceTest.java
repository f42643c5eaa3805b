package io.github.clientbudgets.summary;

import io.github.clientbudgets.testing.TeamServices;
import io.github.clientbudgets.testing.Stores;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.DefaultBudgetService;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static io.github.clientbudgets.review.ApprovalStatus.APPROVED;
import static io.github.clientbudgets.review.ApprovalStatus.PENDING;
import static io.github.clientbudgets.review.ApprovalStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The summary against hand-computed figures (see each test's comments), on H2 and PostgreSQL. */
class SummaryServiceTest {
    private static final Clock NOV_15 = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    private AoBudgetStore store;
    private Fixtures f;
    private SummaryService summaries;
    private FakePermissions permissions;

    private void setUp(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        store = stores.budgets;
        f = new Fixtures(stores);
        permissions = new FakePermissions().project(10, "ACME").browser("dev", 10).user("pm");
        TeamServices team = new TeamServices(stores, new AoAuditTrail(ao), permissions);
        summaries = new SummaryService(team.budgets, stores.lineItems, new AoSummaryQueries(ao), NOV_15);
    }

    private static ServiceSummary of(Summary s, LineItem service) {
        return s.services().stream().filter(x -> x.serviceId() == service.id()).findFirst().orElseThrow();
    }

    @AoTest
    void eurWithApprovalCountsApprovedSnapshotsAndPendingSeparately(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "10000", true);
        LineItem design = f.service(b, "Design", Billing.HOURLY, "95.50", true);
        LineItem dev = f.service(b, "Dev", Billing.HOURLY, "120.00", false);
        LineItem setup = f.service(b, "Setup", Billing.FIXED, "1500.00", false);
        LineItem internal = f.service(b, "Internal", Billing.NON_BILLABLE, null, false);
        Budget other = f.budget(10, "Other", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "100", true);
        LineItem otherService = f.service(other, "Other", Billing.HOURLY, "10.00", true);

        f.approved(10, 1, design.id(), "2026-10-01", 5400, true);       // 1.5 h x 95.50 = 143.25
        f.approved(10, 1, design.id(), "2026-10-02", 1800, false);      // 0.5 h used, not billable
        f.entry(10, 1, design.id(), "2026-10-03", 3600, true, PENDING);  // 1 h pending
        f.approved(10, 2, dev.id(), "2026-10-01", 3000, true);
        f.approved(10, 2, dev.id(), "2026-10-02", 1000, true);
        f.entry(10, 2, dev.id(), "2026-10-03", 7200, true, REJECTED);   // counts nowhere
        // approved 1 h on Dev, then the worklog was edited: 4000 s on Design, pending. The client still sees Dev.
        f.approvedWith(10, 2, design.id(), "2026-10-04", 4000, true, dev.id(), 3600, true, PENDING);
        f.approved(10, 3, setup.id(), "2026-10-05", 7200, true);        // fixed: 1500.00
        f.approved(10, 4, internal.id(), "2026-10-05", 3600, true);     // non-billable: 0
        f.approved(10, 5, otherService.id(), "2026-10-05", 36000, true); // another budget
        f.expense(b, "2026-10-01", "200.00", true, "10", APPROVED);     // 220.00
        f.expense(b, "2026-10-02", "33.33", true, "12.5", APPROVED);    // 37.49625
        f.expense(b, "2026-10-03", "500.00", true, "0", PENDING);       // not yet
        f.expense(b, "2026-10-04", "80.00", false, "0", APPROVED);      // not billable

        Summary s = summaries.compute(b);

        assertEquals(new BigDecimal("143.25"), of(s, design).usedAmount());
        assertEquals(7200, of(s, design).usedSeconds());
        assertEquals(5400, of(s, design).usedBillableSeconds());
        assertEquals(3600 + 4000, of(s, design).pendingSeconds());
        // Dev: 3000 + 1000 + 3600 = 7600 s x 120 / 3600 = 253.333.. -> 253.33
        assertEquals(new BigDecimal("253.33"), of(s, dev).usedAmount());
        assertEquals(7600, of(s, dev).usedSeconds());
        assertEquals(0, of(s, dev).pendingSeconds());
        assertEquals(new BigDecimal("1500.00"), of(s, setup).usedAmount());
        assertEquals(new BigDecimal("0.00"), of(s, internal).usedAmount());
        assertEquals(3600, of(s, internal).usedSeconds());
        // expenses 220 + 37.49625 = 257.49625 -> 257.50
        assertEquals(new BigDecimal("257.50"), s.expensesAmount());
        // 143.25 + 253.33 + 1500.00 + 0 + 257.50
        assertEquals(new BigDecimal("2154.08"), s.usedAmount());
        assertEquals(new BigDecimal("7845.92"), s.remainingAmount());
        assertEquals(7200 + 7600 + 7200 + 3600, s.usedSeconds());
        assertEquals(7600, s.pendingSeconds());
        assertEquals(22, s.percentUsed());
        // pending: Design 3600 + 4000 billable s x 95.50 / 3600 = 201.611.. -> 201.61; the pending 500.00 expense
        assertEquals(new BigDecimal("201.61"), of(s, design).pendingAmount());
        assertEquals(new BigDecimal("0.00"), of(s, setup).pendingAmount());
        assertEquals(new BigDecimal("701.61"), s.pendingAmount());
        assertEquals(4, s.services().size());
        assertEquals(0, s.periods().size());
    }

    @AoTest
    void jpyWithoutApprovalCountsLiveTimeAndRoundsToWholeYen(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Tokyo", BudgetType.TIME_AND_MATERIALS, "JPY", "2026-09-01", null, "50000", false);
        LineItem s1 = f.service(b, "Work", Billing.HOURLY, "5000", true);
        f.entry(10, 1, s1.id(), "2026-10-01", 5400, true, APPROVED);
        f.entry(10, 1, s1.id(), "2026-10-02", 1000, true, APPROVED);
        f.entry(10, 1, s1.id(), "2026-10-03", 1800, false, APPROVED);
        f.entry(10, 1, s1.id(), "2026-10-04", 600, true, PENDING); // no approval: live data counts
        f.expense(b, "2026-10-01", "1000", true, "15", APPROVED);   // 1150
        f.expense(b, "2026-10-02", "333", true, "0", PENDING);      // counts without approval

        Summary s = summaries.compute(b);

        // 7000 billable s x 5000 / 3600 = 9722.22 -> 9722
        assertEquals(new BigDecimal("9722"), of(s, s1).usedAmount());
        assertEquals(8800, s.usedSeconds());
        assertEquals(0, s.pendingSeconds());
        assertEquals(new BigDecimal("1483"), s.expensesAmount());
        assertEquals(new BigDecimal("11205"), s.usedAmount());
        assertEquals(new BigDecimal("38795"), s.remainingAmount());
        assertEquals(new BigDecimal("0"), s.pendingAmount()); // nothing waits without approval
    }

    @AoTest
    void kwdKeepsThreeDecimals(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Kuwait", BudgetType.TIME_AND_MATERIALS, "KWD", "2026-09-01", null, "100.000", true);
        LineItem s1 = f.service(b, "Work", Billing.HOURLY, "12.345", true);
        f.approved(10, 1, s1.id(), "2026-10-01", 5400, true);     // 18.5175 -> 18.518
        f.expense(b, "2026-10-01", "1.234", true, "10", APPROVED); // 1.3574 -> 1.357

        Summary s = summaries.compute(b);

        assertEquals(new BigDecimal("18.518"), of(s, s1).usedAmount());
        assertEquals(new BigDecimal("1.357"), s.expensesAmount());
        assertEquals(new BigDecimal("19.875"), s.usedAmount());
        assertEquals(new BigDecimal("80.125"), s.remainingAmount());
    }

    @AoTest
    void retainerReportsEachMonthAndShowsCarryOverWithoutApplyingIt(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Support", BudgetType.RETAINER, "USD", "2026-09-01", null, "1000.00", false);
        LineItem s1 = f.service(b, "Support", Billing.HOURLY, "100.00", true);
        f.entry(10, 1, s1.id(), "2026-09-10", 6 * 3600, true, APPROVED);  // 600
        f.entry(10, 1, s1.id(), "2026-10-10", 12 * 3600, true, APPROVED); // 1200
        f.entry(10, 1, s1.id(), "2026-11-02", 2 * 3600, true, APPROVED);  // 200
        f.expense(b, "2026-10-20", "50.00", true, "0", APPROVED);

        Summary s = summaries.compute(b);

        assertEquals(3, s.periods().size());
        PeriodSummary sep = s.periods().get(0);
        PeriodSummary oct = s.periods().get(1);
        PeriodSummary nov = s.periods().get(2);
        assertEquals(YearMonth.of(2026, 9), sep.month());
        assertEquals(new BigDecimal("600.00"), sep.usedAmount());
        assertEquals(new BigDecimal("400.00"), sep.carryOver());
        assertEquals(new BigDecimal("1250.00"), oct.usedAmount());
        assertEquals(new BigDecimal("-250.00"), oct.carryOver());
        assertEquals(true, nov.current());
        assertEquals(new BigDecimal("200.00"), nov.usedAmount());
        // this month only: the 400 left in September is shown, not added
        assertEquals(new BigDecimal("200.00"), s.usedAmount());
        assertEquals(new BigDecimal("800.00"), s.remainingAmount());
        assertEquals(2 * 3600, s.usedSeconds());
        assertEquals(20, s.percentUsed());
    }

    @AoTest
    void budgetWithoutTimeHasZeroesAndHoursOnlyBudgetHasNoAmountLeft(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Empty", BudgetType.NON_BILLABLE, "EUR", "2026-09-01", null, null, false);
        Summary s = summaries.compute(b);
        assertEquals(new BigDecimal("0.00"), s.usedAmount());
        assertNull(s.remainingAmount());
        assertNull(s.percentUsed());
        assertEquals(0, s.usedSeconds());
    }

    @AoTest
    void summaryIsInvisibleToThoseWhoCannotBrowse(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "100", true);
        assertEquals(b.id(), summaries.summary("dev", b.id()).budgetId());
        assertThrows(NotFoundException.class, () -> summaries.summary("stranger", b.id()));
    }
}
