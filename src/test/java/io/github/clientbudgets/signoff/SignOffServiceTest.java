package io.github.clientbudgets.signoff;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.access.ClientManagers;
import io.github.clientbudgets.approval.AoPeriodLockStore;
import io.github.clientbudgets.approval.DefaultApprovalService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetFlag;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.portal.PortalQueries;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.summary.AoSummaryQueries;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.testing.TeamServices;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryQueries;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-offs on H2 and PostgreSQL through the real stores: who may sign (a Client Manager who sees the budget), what
 * is refused, one sign-off per month whatever the number of submits, and superseding when approved figures change.
 * ACME (10): "Website" (approval, client access on), client a Client Manager by his grant, other granted but no
 * manager; GLOBEX (20) holds nothing for them.
 */
class SignOffServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static final class World {
        final Stores stores;
        final Fixtures f;
        final AoAuditTrail audit;
        final FakePermissions jira = new FakePermissions().project(10, "ACME").project(20, "GLOBEX")
                .issue(1, "ACME-1", 10, null).user("pm").user("dev").user("client").user("other").user("outsider")
                .admin("pm", 10).admin("pm", 20).browser("dev", 10);
        final SignOffService signOffs;
        final DefaultApprovalService approvals;
        final ClientGrantService grants;
        final Budget website;
        final LineItem design;
        final TimeEntry october;
        final TimeEntry october2;

        World(ActiveObjects ao) {
            stores = Stores.on(ao);
            f = new Fixtures(stores);
            audit = new AoAuditTrail(ao);
            TeamServices team = new TeamServices(stores, audit, jira);
            TeamAccessPolicy policy = new TeamAccessPolicy(jira);
            PortalService portal = new PortalService(new PortalQueries(ao), stores.budgets, stores.lineItems,
                    new SummaryService(team.budgets, stores.lineItems, new AoSummaryQueries(ao), CLOCK), jira, policy, CLOCK);
            grants = new ClientGrantService(ao, jira, audit);
            signOffs = new SignOffService(ao, portal, new ClientManagers(ao, (user, ids) -> Set.of()), stores.budgets,
                    policy, new AoPeriodLockStore(ao), new StatementQueries(ao), audit, CLOCK);
            approvals = new DefaultApprovalService(stores.time, new TimeEntryQueries(ao, stores.time), stores.budgets,
                    stores.lineItems, new AoPeriodLockStore(ao), jira, policy, audit, (entry, key, reviewer, reason) -> { });
            Budget b = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", "2026-12-31", "50000", true);
            stores.budgets.setBudgetFlag(b.id(), BudgetFlag.CLIENT_ACCESS, true);
            website = stores.budgets.budget(b.id()).orElseThrow();
            design = f.service(website, "Design", Billing.HOURLY, "95.00", true);
            october = f.approved(10, 1, design.id(), "2026-10-02", 5400, true);
            october2 = f.approved(10, 1, design.id(), "2026-10-20", 3600, true);
            f.approved(10, 1, design.id(), "2026-11-03", 1800, true);
            f.entry(10, 1, design.id(), "2026-12-01", 7200, true, ApprovalStatus.PENDING);
            ClientGrant client = grants.grant("pm", "ACME", "client", null);
            grants.setClientManager("pm", client.id(), true);
            grants.grant("pm", "ACME", "other", null);
        }
    }

    @AoTest
    void aClientManagerSignsAMonthOnceAndTheRecordSaysWhatHeAccepted(ActiveObjects ao) {
        World w = new World(ao);
        SignOffService.Signed first = w.signOffs.sign("client", w.website.id(), "2026-10");
        SignOffService.Signed again = w.signOffs.sign("client", w.website.id(), "2026-10");

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.signOff().id(), again.signOff().id());
        SignOff s = first.signOff();
        assertEquals(SignOffState.SIGNED, s.state());
        assertEquals("client", s.signedBy());
        assertEquals(CLOCK.instant(), s.signedAt());
        assertEquals(9000, s.seconds());
        assertEquals(new BigDecimal("237.50"), s.amount(), "95 x 2.5 h");
        assertEquals(Statement.digest(s.statement()), s.digest());
        assertTrue(s.statement().contains("entry " + w.october.id() + " "), s.statement());
        assertEquals(List.of(s), w.signOffs.forClient("client", w.website.id()));
        assertEquals(List.of(s), w.signOffs.forTeam("dev", w.website.id()));
        List<AuditRecord> audit = w.audit.forObject(AuditSubject.SIGN_OFF, s.id());
        assertEquals(List.of("SIGNED", "SIGNED"), audit.stream().map(AuditRecord::action).toList(), "period and digest");
    }

    @AoTest
    void whoMayNotSignGets404AndBadMonthsGet400(ActiveObjects ao) {
        World w = new World(ao);
        long id = w.website.id();
        assertThrows(NotFoundException.class, () -> w.signOffs.sign("other", id, "2026-10"), "sees it, no manager");
        assertThrows(NotFoundException.class, () -> w.signOffs.sign("outsider", id, "2026-10"), "no grant");
        assertThrows(NotFoundException.class, () -> w.signOffs.sign("pm", id, "2026-10"), "the team signs nothing");
        assertThrows(NotFoundException.class, () -> w.signOffs.sign("client", 999_999, "2026-10"));
        assertThrows(NotFoundException.class, () -> w.signOffs.forClient("outsider", id));
        assertThrows(NotFoundException.class, () -> w.signOffs.forTeam("client", id), "a client is no team member");
        assertEquals("period", field(() -> w.signOffs.sign("client", id, "2026-12")), "pending only: nothing approved");
        assertEquals("period", field(() -> w.signOffs.sign("client", id, "2026-08")), "nothing at all");
        for (String bad : new String[]{"2026-13", "26-10", "2026-1", "+2026-10", "2026-10-01", "", null}) {
            assertEquals("period", field(() -> w.signOffs.sign("client", id, bad)), String.valueOf(bad));
        }
        assertEquals(List.of(), w.signOffs.forTeam("pm", id), "nothing written");
        assertEquals(List.of(), w.audit.forBudget(id, 50).stream().filter(r -> r.objectType().equals("SIGN_OFF")).toList());
    }

    @AoTest
    void aChangedApprovalSupersedesTheSignOffOnceAndTheMonthCanBeSignedAgain(ActiveObjects ao) {
        World w = new World(ao);
        SignOff october = w.signOffs.sign("client", w.website.id(), "2026-10").signOff();
        SignOff november = w.signOffs.sign("client", w.website.id(), "2026-11").signOff();

        w.approvals.decide("pm", ApprovalAction.UNAPPROVE, List.of(w.october2.id()), null);

        List<SignOff> team = w.signOffs.forTeam("pm", w.website.id());
        List<SignOff> client = w.signOffs.forClient("client", w.website.id());
        assertEquals(team, client, "both sides see the same");
        assertEquals(List.of(november.id(), october.id()), team.stream().map(SignOff::id).toList());
        assertEquals(SignOffState.SIGNED, team.get(0).state(), "another month's change is not this one's");
        SignOff superseded = team.get(1);
        assertEquals(SignOffState.SUPERSEDED, superseded.state());
        assertEquals(october.statement(), superseded.statement(), "what was accepted stays as it was");
        assertEquals(october.digest(), superseded.digest());
        assertEquals(List.of("SIGNED", "SIGNED", "SUPERSEDED", "SUPERSEDED"),
                w.audit.forObject(AuditSubject.SIGN_OFF, october.id()).stream().map(AuditRecord::action).toList(),
                "superseded once, however often it is read");

        SignOffService.Signed again = w.signOffs.sign("client", w.website.id(), "2026-10");
        assertTrue(again.created());
        assertNotEquals(october.digest(), again.signOff().digest());
        // an unapproved entry keeps its published snapshot (the client still sees it until it is approved again), so
        // the figures stay; the review action is what the new statement records differently
        assertEquals(9000, again.signOff().seconds());
        assertEquals(List.of(SignOffState.SIGNED, SignOffState.SIGNED, SignOffState.SUPERSEDED),
                w.signOffs.forClient("client", w.website.id()).stream().map(SignOff::state).toList());
    }

    @AoTest
    void anApprovedExpenseOfTheMonthSupersedesIt(ActiveObjects ao) {
        World w = new World(ao);
        SignOff october = w.signOffs.sign("client", w.website.id(), "2026-10").signOff();
        w.f.expense(w.website, "2026-10-15", "100.00", true, "10", ApprovalStatus.PENDING);
        assertEquals(SignOffState.SIGNED, w.signOffs.forTeam("pm", w.website.id()).get(0).state(), "pending: no change");
        w.f.expense(w.website, "2026-10-16", "100.00", true, "10", ApprovalStatus.APPROVED);
        assertEquals(SignOffState.SUPERSEDED, w.signOffs.forTeam("pm", w.website.id()).get(0).state());
        SignOff again = w.signOffs.sign("client", w.website.id(), "2026-10").signOff();
        assertEquals(october.amount().add(new BigDecimal("110.00")), again.amount(), "markup applied");
    }

    @AoTest
    void theMonthsShowTheirStateAndALockedSignedMonthIsTheOneToInvoice(ActiveObjects ao) {
        World w = new World(ao);
        w.signOffs.sign("client", w.website.id(), "2026-10");
        new AoPeriodLockStore(ao).lock(w.website.id(), java.time.YearMonth.of(2026, 10), "pm");
        List<SignOffService.Month> months = w.signOffs.monthsForTeam("pm", w.website.id());
        assertEquals(List.of("2026-11", "2026-10"), months.stream().map(m -> m.period().toString()).toList());
        assertTrue(months.get(1).toInvoice());
        assertFalse(months.get(0).toInvoice());
        assertEquals(null, months.get(0).signOff());
    }

    /** Parallel submits of one month end with one sign-off row, whatever the interleaving (H2 and PostgreSQL). */
    @AoTest
    void parallelSubmitsMakeOneSignOff(ActiveObjects ao) throws Exception {
        World w = new World(ao);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignOffService.Signed>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return w.signOffs.sign("client", w.website.id(), "2026-10");
            }));
        }
        start.countDown();
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Future<SignOffService.Signed> r : results) {
            SignOffService.Signed s = r.get(60, TimeUnit.SECONDS);
            ids.add(s.signOff().id());
            created += s.created() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        assertEquals(1, created);
        assertEquals(1, ao.count(SignOffEntity.class, net.java.ao.Query.select()));
    }

    private static String field(Runnable r) {
        ValidationException e = assertThrows(ValidationException.class, r::run);
        return String.join(",", e.errors().keySet());
    }
}
