package io.github.clientbudgets.portal;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.access.ClientAccessFacts;
import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.access.ClientVisibilityPolicy;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import net.java.ao.DBParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.clientbudgets.review.ApprovalStatus.APPROVED;
import static io.github.clientbudgets.review.ApprovalStatus.PENDING;
import static io.github.clientbudgets.review.ApprovalStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's SQL on H2 and PostgreSQL: what a client's query can and cannot reach. */
class PortalQueriesTest {
    private static final ClientView APPROVED_ONLY = view(true, false, false);
    private static final ClientView LIVE = view(false, false, false);

    private AoBudgetStore store;
    private AoTimeEntryStore time;
    private Fixtures f;
    private PortalQueries queries;

    private void setUp(ActiveObjects ao) {
        store = new AoBudgetStore(ao);
        time = new AoTimeEntryStore(ao);
        f = new Fixtures(ao, store, time);
        queries = new PortalQueries(ao);
    }

    private static ClientView view(boolean approval, boolean names, boolean comments) {
        return ClientVisibilityPolicy.decide(new ClientAccessFacts(true, false, true, true, approval, names, comments));
    }

    private static Set<Long> ids(PortalQueries.TimePage page) {
        return page.entries().stream().map(ClientTimeEntry::id).collect(Collectors.toSet());
    }

    private static TimeFilter filter(String from, String to, Long service, int start, int limit) {
        return new TimeFilter(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                service, start, limit);
    }

    @AoTest
    void underApprovalOnlyPublishedSnapshotsOfApprovedRowsAndNeverLiveValues(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem design = f.service(b, "Design", Billing.HOURLY, "95.00", true);
        LineItem dev = f.service(b, "Dev", Billing.HOURLY, "110.00", false);
        TimeEntry approved = f.approved(10, 1, design.id(), "2026-10-01", 3600, true);
        TimeEntry pending = f.entry(10, 1, design.id(), "2026-10-02", 1800, true, PENDING);
        TimeEntry rejected = f.entry(10, 1, design.id(), "2026-10-03", 900, true, REJECTED);
        // approved as 1 h on Dev on 2026-10-04; the worklog was then edited to 4000 s on Design: pending revision
        TimeEntry revised = f.approvedWith(10, 2, design.id(), "2026-10-04", 4000, false, dev.id(), 3600, true, APPROVED);

        PortalQueries.TimePage page = queries.time(b.id(), APPROVED_ONLY, b.startDate(), b.endDate(), TimeFilter.all());
        assertEquals(Set.of(approved.id(), revised.id()), ids(page));
        assertFalse(ids(page).contains(pending.id()) || ids(page).contains(rejected.id()));
        assertEquals(2, page.total());
        assertEquals(7200, page.totalSeconds());
        ClientTimeEntry shown = page.entries().stream().filter(e -> e.id() == revised.id()).findFirst().orElseThrow();
        assertEquals(3600, shown.seconds(), "the snapshot, not the live 4000 s");
        assertEquals(dev.id(), shown.serviceId(), "the approved service, not the live one");
        assertEquals(java.util.Map.of(design.id(), "Design", dev.id(), "Dev"), page.serviceNames(),
                "the names of the services on the page (the snapshot's service), read with the page");
        assertTrue(shown.billable());
        assertNull(shown.comment(), "comments not allowed: not even selected");
        assertNull(shown.authorKey(), "names not allowed: not even selected");

        // filtering by the live service finds nothing of the revised entry: the filter is on the snapshot too
        PortalQueries.TimePage byDesign = queries.time(b.id(), APPROVED_ONLY, b.startDate(), b.endDate(),
                filter(null, null, design.id(), 0, 50));
        assertEquals(Set.of(approved.id()), ids(byDesign));
    }

    @AoTest
    void commentsUnderApprovalAreThePublishedOnesAndNamesOnlyWhenAllowed(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem design = f.service(b, "Design", Billing.HOURLY, "95.00", true);
        TimeEntry entry = f.approved(10, 1, design.id(), "2026-10-01", 3600, true);
        TimeEntryEntity row = ao.get(TimeEntryEntity.class, (int) entry.id());
        row.setApprovedComment("published comment");
        row.setWorklogComment("edited afterwards, internal");
        row.save();

        ClientTimeEntry shown = queries.time(b.id(), view(true, true, true), b.startDate(), b.endDate(), TimeFilter.all())
                .entries().get(0);
        assertEquals("published comment", shown.comment());
        assertEquals("dev", shown.authorKey());
        ClientTimeEntry live = queries.time(b.id(), view(false, false, true), b.startDate(), b.endDate(), TimeFilter.all())
                .entries().get(0);
        assertEquals("edited afterwards, internal", live.comment(), "without approval the client sees live data");
        assertNull(live.authorKey());
        // comments not allowed, with comments present on both sides: none reaches the client, approval on or off
        assertNull(queries.time(b.id(), view(true, true, false), b.startDate(), b.endDate(), TimeFilter.all())
                .entries().get(0).comment());
        assertNull(queries.time(b.id(), view(false, true, false), b.startDate(), b.endDate(), TimeFilter.all())
                .entries().get(0).comment());
    }

    @AoTest
    void withoutApprovalLiveValuesOfEveryRowWithTime(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Retainer", BudgetType.RETAINER, "USD", "2026-09-01", null, "1000", false);
        LineItem support = f.service(b, "Support", Billing.HOURLY, "120.00", true);
        TimeEntry a = f.entry(10, 1, support.id(), "2026-10-01", 3600, true, PENDING);
        TimeEntry c = f.entry(10, 1, support.id(), "2026-10-02", 1800, false, APPROVED);
        TimeEntry zero = f.entry(10, 1, support.id(), "2026-10-03", 0, true, PENDING);

        PortalQueries.TimePage page = queries.time(b.id(), LIVE, b.startDate(), b.endDate(), TimeFilter.all());
        assertEquals(Set.of(a.id(), c.id()), ids(page));
        assertFalse(ids(page).contains(zero.id()));
        assertEquals(5400, page.totalSeconds());
    }

    @AoTest
    void filtersByPeriodServiceAndBudgetDatesAndPagesNewestFirst(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", "2026-11-30", "1000", false);
        LineItem design = f.service(b, "Design", Billing.HOURLY, "95.00", true);
        LineItem dev = f.service(b, "Dev", Billing.HOURLY, "110.00", false);
        List<Long> octoberDesign = new ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            octoberDesign.add(f.entry(10, 1, design.id(), String.format("2026-10-%02d", day), 600, true, PENDING).id());
        }
        TimeEntry devEntry = f.entry(10, 2, dev.id(), "2026-10-10", 600, true, PENDING);
        TimeEntry september = f.entry(10, 1, design.id(), "2026-09-30", 600, true, PENDING);
        TimeEntry beforeBudget = f.entry(10, 1, design.id(), "2026-08-31", 600, true, PENDING);
        TimeEntry afterBudget = f.entry(10, 1, design.id(), "2026-12-01", 600, true, PENDING);

        PortalQueries.TimePage all = queries.time(b.id(), LIVE, b.startDate(), b.endDate(), filter(null, null, null, 0, 100));
        assertEquals(27, all.total(), "the budget's dates bound what the client sees");
        assertFalse(ids(all).contains(beforeBudget.id()) || ids(all).contains(afterBudget.id()));

        TimeFilter october = filter("2026-10-01", "2026-10-31", design.id(), 0, 10);
        PortalQueries.TimePage first = queries.time(b.id(), LIVE, b.startDate(), b.endDate(), october);
        assertEquals(25, first.total());
        assertEquals(25 * 600, first.totalSeconds(), "totals cover every matching entry, not the page");
        assertEquals(10, first.entries().size());
        assertEquals(LocalDate.of(2026, 10, 25), first.entries().get(0).date(), "newest first");
        PortalQueries.TimePage third = queries.time(b.id(), LIVE, b.startDate(), b.endDate(), october.page(20, 10));
        assertEquals(5, third.entries().size());
        assertEquals(LocalDate.of(2026, 10, 1), third.entries().get(4).date());
        assertEquals(25, third.total(), "a later page carries the same totals");
        assertEquals(25 * 600, third.totalSeconds());
        PortalQueries.TimePage past = queries.time(b.id(), LIVE, b.startDate(), b.endDate(), october.page(30, 10));
        assertTrue(past.entries().isEmpty());
        assertEquals(25, past.total(), "a page past the end still has the totals");
        assertEquals(25 * 600, past.totalSeconds());
        assertFalse(ids(first).contains(devEntry.id()) || ids(first).contains(september.id()));

        List<Long> streamed = new ArrayList<>();
        queries.eachTime(b.id(), LIVE, b.startDate(), b.endDate(), october, 7,
                chunk -> chunk.forEach(e -> streamed.add(e.id())));
        assertEquals(Set.copyOf(octoberDesign), Set.copyOf(streamed));
        assertEquals(25, streamed.size(), "chunks neither skip nor repeat");
    }

    @AoTest
    void neverAnotherBudgetsRows(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Mine", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        Budget other = f.budget(10, "Theirs", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem mine = f.service(b, "Mine", Billing.HOURLY, "95.00", true);
        LineItem theirs = f.service(other, "Theirs", Billing.HOURLY, "95.00", true);
        TimeEntry own = f.approved(10, 1, mine.id(), "2026-10-01", 3600, true);
        f.approved(10, 1, theirs.id(), "2026-10-01", 3600, true);
        f.entry(10, 1, theirs.id(), "2026-10-02", 3600, true, PENDING);

        assertEquals(Set.of(own.id()), ids(queries.time(b.id(), APPROVED_ONLY, b.startDate(), null, TimeFilter.all())));
        assertEquals(Set.of(own.id()), ids(queries.time(b.id(), LIVE, b.startDate(), null, TimeFilter.all())));
        // another budget's service as a filter matches nothing of this budget
        assertEquals(0, queries.time(b.id(), LIVE, b.startDate(), null, filter(null, null, theirs.id(), 0, 50)).total());
        assertThrows(IllegalArgumentException.class, () -> queries.time(b.id(),
                ClientVisibilityPolicy.decide(new ClientAccessFacts(true, false, false, true, true, false, false)),
                b.startDate(), null, TimeFilter.all()), "an invisible view can't query");
    }

    @AoTest
    void expensesBillableAndApprovedUnderApprovalWithTheMarkupApplied(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        Budget other = f.budget(10, "Other", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        var approved = f.expense(b, "2026-10-01", "200.00", true, "10", APPROVED);
        var pending = f.expense(b, "2026-10-02", "50.00", true, "0", PENDING);
        f.expense(b, "2026-10-03", "80.00", false, "0", APPROVED);
        f.expense(other, "2026-10-03", "99.00", true, "0", APPROVED);

        List<ClientExpense> underApproval = queries.expenses(b.id(), APPROVED_ONLY, 2);
        assertEquals(1, underApproval.size());
        assertEquals(approved.id(), underApproval.get(0).id());
        assertEquals(new BigDecimal("220.00"), underApproval.get(0).amount());
        List<ClientExpense> live = queries.expenses(b.id(), LIVE, 2);
        assertEquals(List.of(pending.id(), approved.id()), live.stream().map(ClientExpense::id).toList());
    }

    @AoTest
    void anExpenseWithoutAServiceHasANullServiceIdAndOneWithAServiceItsId(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", false);
        LineItem design = f.service(b, "Design", Billing.HOURLY, "95.00", true);
        var none = f.expense(b, "2026-10-01", "20.00", true, "0", APPROVED);
        var withService = new io.github.clientbudgets.expense.AoExpenseStore(ao, store).insertExpense(new io.github.clientbudgets.expense.Expense(0, b.id(), design.id(),
                LocalDate.parse("2026-10-02"), "Licence", new BigDecimal("30.00"), true, new BigDecimal("0.00"), APPROVED));

        List<ClientExpense> rows = queries.expenses(b.id(), LIVE, 2);
        assertEquals(List.of(withService.id(), none.id()), rows.stream().map(ClientExpense::id).toList());
        assertEquals(design.id(), rows.get(0).serviceId());
        assertNull(rows.get(1).serviceId(), "no service is null, never 0");
    }

    @AoTest
    void accessFactsInOneQueryWithTheUsersGrant(ActiveObjects ao) {
        setUp(ao);
        Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        Budget elsewhere = f.budget(20, "Elsewhere", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        store.updateBudget(b.withClientAccess(true));
        ao.create(ClientGrantEntity.class, new DBParam(ClientGrantEntity.PROJECT_ID, 10L),
                new DBParam(ClientGrantEntity.USER_KEY, "client"), new DBParam(ClientGrantEntity.GRANT_KEY, "10:u:client"));

        ClientAccessFacts client = queries.access("client", b.id()).orElseThrow().facts();
        assertTrue(client.grantOnProject() && client.clientAccessOn() && client.approvalRequired());
        assertTrue(ClientVisibilityPolicy.decide(client).visible());
        assertFalse(queries.access("other", b.id()).orElseThrow().facts().grantOnProject());
        assertTrue(queries.access(null, b.id()).orElseThrow().facts().grantOnProject(), "a generic client holds a grant");
        assertFalse(queries.access("client", elsewhere.id()).orElseThrow().facts().grantOnProject());
        assertTrue(queries.access("client", 999_999).isEmpty());
        assertEquals(List.of(b.id()), queries.grantedBudgets("client").stream().map(BudgetAccess::budgetId).toList());
        assertTrue(queries.grantedBudgets("other").isEmpty());

        store.markDeleted(b.id());
        ClientAccessFacts deleted = queries.access("client", b.id()).orElseThrow().facts();
        assertTrue(deleted.budgetDeleted());
        assertFalse(ClientVisibilityPolicy.decide(deleted).visible());
    }

    /** A JSM organization grant counts for the organization's members, and only for them. */
    @AoTest
    void anOrganizationGrantCountsForItsMembersOnly(ActiveObjects ao) {
        setUp(ao);
        Budget acme = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        Budget globex = f.budget(20, "Retainer", BudgetType.RETAINER, "USD", "2026-09-01", null, "1000", false);
        ao.create(io.github.clientbudgets.access.ClientGrantEntity.class,
                new net.java.ao.DBParam(io.github.clientbudgets.access.ClientGrantEntity.PROJECT_ID, 10L),
                new net.java.ao.DBParam(io.github.clientbudgets.access.ClientGrantEntity.ORGANIZATION_ID, 7),
                new net.java.ao.DBParam(io.github.clientbudgets.access.ClientGrantEntity.GRANT_KEY, "10:o:7"));
        ao.create(io.github.clientbudgets.access.ClientGrantEntity.class,
                new net.java.ao.DBParam(io.github.clientbudgets.access.ClientGrantEntity.PROJECT_ID, 20L),
                new net.java.ao.DBParam(io.github.clientbudgets.access.ClientGrantEntity.USER_KEY, "other"),
                new net.java.ao.DBParam(io.github.clientbudgets.access.ClientGrantEntity.GRANT_KEY, "20:u:other"));
        java.util.List<java.util.Collection<Integer>> asked = new java.util.ArrayList<>();
        PortalQueries withJsm = new PortalQueries(ao, (user, candidates) -> {
            asked.add(candidates);
            return "member".equals(user) && candidates.contains(7) ? Set.of(7) : Set.of();
        });

        assertTrue(withJsm.access("member", acme.id()).orElseThrow().facts().grantOnProject());
        assertFalse(withJsm.access("outsider", acme.id()).orElseThrow().facts().grantOnProject());
        assertFalse(withJsm.access("member", globex.id()).orElseThrow().facts().grantOnProject(), "org 7 is ACME's only");
        assertEquals(java.util.List.of(acme.id()), withJsm.grantedBudgets("member").stream().map(BudgetAccess::budgetId).toList());
        assertEquals(java.util.List.of(globex.id()), withJsm.grantedBudgets("other").stream().map(BudgetAccess::budgetId).toList(),
                "user grants still count");
        assertTrue(asked.stream().allMatch(c -> c.equals(java.util.List.of(7))), "JSM is asked about granted organizations only");
        assertFalse(queries.access("member", acme.id()).orElseThrow().facts().grantOnProject(),
                "without JSM nobody is a member");
    }
}
