package io.github.clientbudgets.approval;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.review.ApprovalRefusal;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.ApprovalStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryProjection;
import io.github.clientbudgets.timeentry.TimeEntryQueries;
import io.github.clientbudgets.timeentry.WorklogState;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static io.github.clientbudgets.review.ApprovalAction.APPROVE;
import static io.github.clientbudgets.review.ApprovalAction.APPROVE_REVISION;
import static io.github.clientbudgets.review.ApprovalAction.DISCARD_REVISION;
import static io.github.clientbudgets.review.ApprovalAction.REJECT;
import static io.github.clientbudgets.review.ApprovalAction.UNAPPROVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approval workflow on H2 and PostgreSQL, through the real stores: snapshots, revisions, refusals, bulk
 * requests in one transaction, period locks, audit rows and the rejection notice.
 */
class ApprovalServiceTest {
    private static final long ACME = 10;
    private static final long GLOBEX = 20;

    /** Everything one test needs, built on the test's database. */
    private static final class World {
        final AoTimeEntryStore entries;
        final AoBudgetStore budgets;
        final Stores stores;
        final AuditTrail audit;
        final List<String> notices = new ArrayList<>();
        final DefaultApprovalService approvals;
        final TimeEntryProjection projection;
        final Fixtures fixtures;
        final Budget website;
        final LineItem design;
        final LineItem build;
        final Budget retainer;
        final LineItem support;

        World(ActiveObjects ao, AuditTrail audit) {
            stores = Stores.on(ao);
            entries = stores.time;
            budgets = stores.budgets;
            this.audit = audit;
            FakePermissions permissions = new FakePermissions().project(ACME, "ACME").project(GLOBEX, "GLOBEX")
                    .issue(100, "ACME-1", ACME, null).issue(200, "GLOBEX-1", GLOBEX, null)
                    .user("pm").user("dev").user("dev2").user("admin").user("client")
                    .admin("pm", ACME).admin("pm", GLOBEX).browser("dev", ACME).browser("dev", GLOBEX)
                    .browser("dev2", ACME).admin("admin", ACME).admin("admin", GLOBEX);
            approvals = new DefaultApprovalService(entries, new TimeEntryQueries(ao, entries), budgets, stores.lineItems,
                    new AoPeriodLockStore(ao), permissions, new TeamAccessPolicy(permissions), audit,
                    (entry, issueKey, reviewer, reason) -> notices.add(entry.authorKey() + "|" + issueKey + "|" + reason));
            projection = new TimeEntryProjection(entries, stores.budgetsAndAssignments,
                    new AttributionService(stores.budgetsAndAssignments));
            fixtures = new Fixtures(stores);
            website = fixtures.budget(ACME, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01",
                    "2026-12-31", "50000", true);
            design = fixtures.service(website, "Design", Billing.HOURLY, "95.00", true);
            build = fixtures.service(website, "Build", Billing.HOURLY, "85.00", false);
            retainer = fixtures.budget(GLOBEX, "Retainer", BudgetType.RETAINER, "USD", "2026-09-01", null, "3000", false);
            support = fixtures.service(retainer, "Support", Billing.HOURLY, "100.00", true);
        }

        /** dev logs work: the listener's path. */
        TimeEntry log(long worklogId, String day, long seconds) {
            projection.worklogPresent(worklog(worklogId, 100, ACME, "dev", day, seconds));
            return entries.byWorklog(worklogId).orElseThrow();
        }

        TimeEntry get(TimeEntry e) {
            return entries.byId(e.id()).orElseThrow();
        }

        List<AuditRecord> history(TimeEntry e) {
            return audit.forObject(AuditSubject.TIME_ENTRY, e.id());
        }
    }

    static WorklogState worklog(long id, long issue, long project, String author, String day, long seconds) {
        return new WorklogState(id, issue, null, project, author, java.time.Instant.parse(day + "T09:00:00Z"),
                java.time.LocalDate.parse(day), seconds, "internal: " + seconds);
    }

    @AoTest
    void approvingPublishesTheWorklogAsItIsAndRecordsOneRow(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        assertEquals(ApprovalStatus.PENDING, entry.status());
        assertNull(entry.approved(), "nothing published before approval");

        BulkOutcome outcome = w.approvals.decide("pm", APPROVE, List.of(entry.id()), null);

        assertEquals(List.of(entry.id()), outcome.succeeded());
        TimeEntry approved = w.get(entry);
        assertEquals(ApprovalStatus.APPROVED, approved.status());
        assertEquals(3600, approved.approved().seconds());
        assertEquals(w.design.id(), approved.approved().serviceId());
        assertEquals("pm", approved.review().reviewerKey());
        List<AuditRecord> history = w.history(entry);
        assertEquals(1, history.size());
        assertEquals("PENDING", history.get(0).from());
        assertEquals("APPROVED", history.get(0).to());

        assertEquals(List.of(entry.id()), w.approvals.decide("pm", APPROVE, List.of(entry.id()), null).succeeded(),
                "approving twice is no error");
        assertEquals(1, w.history(entry).size(), "and no second row: nothing changed");
    }

    @AoTest
    void rejectingNeedsAReasonTellsTheAuthorAndAnEditSendsItBack(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry entry = w.log(1, "2026-11-02", 3600);

        ValidationException noReason = assertThrows(ValidationException.class,
                () -> w.approvals.decide("pm", REJECT, List.of(entry.id()), "  "));
        assertTrue(noReason.errors().containsKey("reason"));
        assertEquals(ApprovalStatus.PENDING, w.get(entry).status(), "a refused request changes nothing");

        w.approvals.decide("pm", REJECT, List.of(entry.id()), "Wrong issue");
        TimeEntry rejected = w.get(entry);
        assertEquals(ApprovalStatus.REJECTED, rejected.status());
        assertEquals("Wrong issue", rejected.review().rejectionReason());
        assertEquals(List.of("dev|ACME-1|Wrong issue"), w.notices);
        assertEquals("Wrong issue", w.history(entry).get(0).reason());
        assertEquals(List.of(entry.id()), w.approvals.myEntries("dev", Set.of(ApprovalStatus.REJECTED), 10)
                .stream().map(TimeEntry::id).toList());

        w.projection.worklogPresent(worklog(1, 100, ACME, "dev", "2026-11-02", 1800));
        assertEquals(ApprovalStatus.PENDING, w.get(entry).status(), "the corrected worklog goes back to review");
    }

    @AoTest
    void whoMayDecide(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry devs = w.log(1, "2026-11-02", 3600);
        w.projection.worklogPresent(worklog(2, 100, ACME, "pm", "2026-11-03", 3600));
        TimeEntry pms = w.entries.byWorklog(2).orElseThrow();
        w.projection.worklogPresent(worklog(3, 200, GLOBEX, "dev", "2026-11-03", 3600));
        TimeEntry noApproval = w.entries.byWorklog(3).orElseThrow();

        assertEquals(ApprovalRefusal.NOT_AN_APPROVER, failure(w.approvals.decide("dev2", APPROVE, List.of(devs.id()), null)));
        assertEquals(ApprovalRefusal.OWN_ENTRY, failure(w.approvals.decide("pm", APPROVE, List.of(pms.id()), null)));
        assertEquals(ApprovalRefusal.NOT_FOUND, failure(w.approvals.decide("client", APPROVE, List.of(devs.id()), null)),
                "someone who can't browse the project learns nothing");
        assertEquals(ApprovalRefusal.NOT_FOUND, failure(w.approvals.decide("pm", APPROVE, List.of(999_999L), null)));
        assertEquals(ApprovalRefusal.NOT_UNDER_APPROVAL, failure(w.approvals.decide("pm", APPROVE, List.of(noApproval.id()), null)));
        assertEquals(List.of(pms.id()), w.approvals.decide("admin", APPROVE, List.of(pms.id()), null).succeeded(),
                "a Jira admin approves the PM's own time");
        assertEquals(0, w.history(devs).size());
    }

    @AoTest
    void theBudgetOwnerApprovesWithoutBeingAProjectAdmin(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        Budget b = w.website;
        // dev2 only browses ACME; owning the budget is what makes him an approver of it
        w.budgets.updateBudget(new Budget(b.id(), b.projectId(), b.name(), b.type(), b.currency(), b.startDate(),
                b.endDate(), b.totalAmount(), b.totalSeconds(), "dev2", b.status(), b.approvalRequired(), b.clientAccess(),
                b.showPersonNames(), b.showComments(), b.alertWarnPercent(), b.alertCriticalPercent()));
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        assertTrue(w.approvals.mayApprove("dev2", b.id()));
        assertFalse(w.approvals.mayApprove("dev", b.id()), "browsing alone is not enough");
        assertEquals(List.of(entry.id()), w.approvals.decide("dev2", APPROVE, List.of(entry.id()), null).succeeded());
        assertEquals("dev2", w.get(entry).review().reviewerKey());
    }

    @AoTest
    void aBulkRequestAnswersPerEntryAndRefusesMoreThanAThousand(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            ids.add(w.log(i, "2026-11-" + String.format("%02d", 1 + i % 28), 900L * i).id());
        }
        w.projection.worklogPresent(worklog(99, 100, ACME, "pm", "2026-11-03", 3600));
        long own = w.entries.byWorklog(99).orElseThrow().id();
        List<Long> request = new ArrayList<>(ids);
        request.add(own);
        request.add(424242L);

        BulkOutcome outcome = w.approvals.decide("pm", APPROVE, request, null);

        assertEquals(ids, outcome.succeeded());
        assertEquals(List.of(new BulkOutcome.Failure(own, ApprovalRefusal.OWN_ENTRY),
                new BulkOutcome.Failure(424242L, ApprovalRefusal.NOT_FOUND)), outcome.failed());
        List<Long> tooMany = LongStream.rangeClosed(1, ApprovalService.MAX_BULK + 1).boxed().toList();
        ValidationException e = assertThrows(ValidationException.class, () -> w.approvals.decide("pm", APPROVE, tooMany, null));
        assertTrue(e.errors().containsKey("ids"));
    }

    @AoTest
    void aFailureInTheMiddleLeavesNothingHalfDone(ActiveObjects ao) {
        AoAuditTrail real = new AoAuditTrail(ao);
        AtomicInteger transitions = new AtomicInteger();
        AuditTrail breaksOnTheThird = new AuditTrail() {
            @Override
            public void record(String a, Long b, AuditSubject t, long id, AuditAction action, List<FieldChange> changes) {
                real.record(a, b, t, id, action, changes);
            }

            @Override
            public void recordTransition(String a, Long b, AuditSubject t, long id, String action, String from, String to, String reason) {
                if (transitions.incrementAndGet() == 3) {
                    throw new IllegalStateException("database went away");
                }
                real.recordTransition(a, b, t, id, action, from, to, reason);
            }

            @Override
            public List<AuditRecord> forBudget(long budgetId, int limit) {
                return real.forBudget(budgetId, limit);
            }

            @Override
            public List<AuditRecord> forObject(AuditSubject type, long id) {
                return real.forObject(type, id);
            }
        };
        World w = new World(ao, breaksOnTheThird);
        List<Long> ids = List.of(w.log(1, "2026-11-02", 3600).id(), w.log(2, "2026-11-03", 3600).id(),
                w.log(3, "2026-11-04", 3600).id(), w.log(4, "2026-11-05", 3600).id());

        assertThrows(RuntimeException.class, () -> w.approvals.decide("pm", REJECT, ids, "No"));

        for (long id : ids) {
            assertEquals(ApprovalStatus.PENDING, w.entries.byId(id).orElseThrow().status(), "entry " + id);
            assertEquals(0, real.forObject(AuditSubject.TIME_ENTRY, id).size());
        }
        assertEquals(List.of(), w.notices, "no mail for a rejection that never happened");
    }

    @AoTest
    void theClientKeepsTheApprovedFigureUntilTheRevisionIsApproved(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        w.approvals.decide("pm", APPROVE, List.of(entry.id()), null);

        w.projection.worklogPresent(worklog(1, 100, ACME, "dev", "2026-11-02", 7200));
        TimeEntry edited = w.get(entry);
        assertEquals(EntryState.Revision.EDIT, edited.revision());
        assertEquals(3600, edited.approved().seconds());
        assertEquals(1, w.approvals.reviewQueue("pm", null, null, null, null, null, 100).total(),
                "the revision waits on the Approvals page");

        assertEquals(ApprovalRefusal.WRONG_STATE, failure(w.approvals.decide("pm", APPROVE, List.of(entry.id()), null)));
        w.approvals.decide("pm", DISCARD_REVISION, List.of(entry.id()), null);
        assertEquals(3600, w.get(entry).approved().seconds(), "discarded: the client keeps the old figure");
        assertEquals(EntryState.Revision.NONE, w.get(entry).revision());

        w.projection.worklogPresent(worklog(1, 100, ACME, "dev", "2026-11-02", 5400));
        w.approvals.decide("pm", APPROVE_REVISION, List.of(entry.id()), null);
        assertEquals(5400, w.get(entry).approved().seconds());

        w.projection.worklogGone(1);
        assertEquals(EntryState.Revision.DELETION, w.get(entry).revision());
        assertEquals(5400, w.get(entry).approved().seconds(), "a deletion waits too");
        w.approvals.decide("pm", APPROVE_REVISION, List.of(entry.id()), null);
        assertTrue(w.entries.byId(entry.id()).isEmpty(), "an approved deletion removes the entry");
        assertEquals(List.of("PENDING>APPROVED", "APPROVED+EDIT>APPROVED", "APPROVED+EDIT>APPROVED",
                        "APPROVED+DELETION>REMOVED"),
                w.history(entry).stream().map(r -> r.from() + ">" + r.to()).toList());
    }

    @AoTest
    void aLockedMonthCantBeUnapprovedButStillCollectsRevisions(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry october = w.log(1, "2026-10-15", 3600);
        TimeEntry november = w.log(2, "2026-11-02", 3600);
        w.approvals.decide("pm", APPROVE, List.of(october.id(), november.id()), null);

        assertThrows(ForbiddenException.class, () -> w.approvals.lock("dev", w.website.id(), YearMonth.of(2026, 10)));
        w.approvals.lock("pm", w.website.id(), YearMonth.of(2026, 10));
        w.approvals.lock("pm", w.website.id(), YearMonth.of(2026, 10));
        assertEquals(List.of(YearMonth.of(2026, 10)), w.approvals.lockedMonths("dev", w.website.id()));

        BulkOutcome outcome = w.approvals.decide("pm", UNAPPROVE, List.of(october.id(), november.id()), null);
        assertEquals(List.of(november.id()), outcome.succeeded());
        assertEquals(ApprovalRefusal.PERIOD_LOCKED, outcome.failed().get(0).reason());

        w.projection.worklogPresent(worklog(1, 100, ACME, "dev", "2026-10-15", 7200));
        assertEquals(EntryState.Revision.EDIT, w.get(october).revision(), "a change in a locked month still waits for review");
        assertEquals(3600, w.get(october).approved().seconds());

        BulkOutcome revision = w.approvals.decide("pm", APPROVE_REVISION, List.of(october.id()), null);
        assertEquals(ApprovalRefusal.PERIOD_LOCKED, revision.failed().get(0).reason(), "the revision waits for the unlock");
        assertEquals(3600, w.get(october).approved().seconds(), "the locked month's approved time stays");
        TimeEntry pendingInOctober = w.log(3, "2026-10-20", 1800);
        assertEquals(ApprovalRefusal.PERIOD_LOCKED, w.approvals.decide("pm", APPROVE, List.of(pendingInOctober.id()), null)
                .failed().get(0).reason(), "no new approved time in a locked month");
        ConflictException correction = assertThrows(ConflictException.class, () -> w.approvals.updateEntry("pm",
                october.id(), new EntryChanges(null, false, false, null, false)));
        assertEquals("month", correction.field());
        assertTrue(w.get(october).approved().billable(), "the published figures stay as they were");
        assertEquals(List.of(pendingInOctober.id()), w.approvals.decide("pm", REJECT, List.of(pendingInOctober.id()),
                "not ours").succeeded(), "a rejection changes no approved figure: allowed");

        w.approvals.unlock("pm", w.website.id(), YearMonth.of(2026, 10));
        assertEquals(List.of(), w.approvals.lockedMonths("pm", w.website.id()));
        assertEquals(List.of(october.id()), w.approvals.decide("pm", APPROVE_REVISION, List.of(october.id()), null).succeeded());
        assertEquals(7200, w.get(october).approved().seconds());
    }

    @AoTest
    void theLockMonthIsThatOfThePublishedDayAsWellAsTheLiveOne(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry entry = w.log(1, "2026-10-30", 3600);
        w.approvals.decide("pm", APPROVE, List.of(entry.id()), null);
        // the worklog moves into November; the approved snapshot still counts in October
        w.projection.worklogPresent(worklog(1, 100, ACME, "dev", "2026-11-02", 3600));
        w.approvals.lock("pm", w.website.id(), YearMonth.of(2026, 10));
        assertEquals(ApprovalRefusal.PERIOD_LOCKED, w.approvals.decide("pm", UNAPPROVE, List.of(entry.id()), null)
                .failed().get(0).reason(), "unapproving takes time out of the locked October");
        assertEquals(ApprovalRefusal.PERIOD_LOCKED, w.approvals.decide("pm", APPROVE_REVISION, List.of(entry.id()), null)
                .failed().get(0).reason(), "publishing the move takes it out of October too");
        w.approvals.unlock("pm", w.website.id(), YearMonth.of(2026, 10));
        w.approvals.lock("pm", w.website.id(), YearMonth.of(2026, 11));
        assertEquals(ApprovalRefusal.PERIOD_LOCKED, w.approvals.decide("pm", APPROVE_REVISION, List.of(entry.id()), null)
                .failed().get(0).reason(), "and would add it to the locked November");
    }

    @AoTest
    void pmsCorrectServiceBillableAndClientNote(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        w.approvals.decide("pm", APPROVE, List.of(entry.id()), null);

        TimeEntry changed = w.approvals.updateEntry("pm", entry.id(),
                new EntryChanges(w.build.id(), false, false, "Kick-off workshop", false));

        assertEquals(w.build.id(), changed.serviceId());
        assertEquals(w.build.id(), changed.explicitServiceId());
        assertEquals(w.build.id(), changed.approved().serviceId(), "a reviewer's correction is published at once");
        assertTrue(!changed.billable() && !changed.approved().billable());
        assertEquals("Kick-off workshop", changed.clientNote());
        assertThrows(ForbiddenException.class, () -> w.approvals.updateEntry("dev", entry.id(),
                new EntryChanges(null, false, true, null, false)));
        assertThrows(NotFoundException.class, () -> w.approvals.updateEntry("client", entry.id(),
                new EntryChanges(null, false, true, null, false)));
        ValidationException e = assertThrows(ValidationException.class, () -> w.approvals.updateEntry("pm", entry.id(),
                new EntryChanges(w.support.id(), false, null, null, false)));
        assertTrue(e.errors().containsKey("serviceId"), "a service of another project's budget");
        assertEquals(w.build.id(), w.get(entry).serviceId());

        w.projection.worklogPresent(worklog(1, 100, ACME, "dev", "2026-11-02", 3700));
        assertEquals(w.build.id(), w.get(entry).serviceId(), "the explicit choice survives worklog edits");
    }

    @AoTest
    void theReviewQueueHoldsOnlyWhatTheCallerMayApproveGroupedAndFiltered(ActiveObjects ao) {
        World w = new World(ao, new AoAuditTrail(ao));
        w.log(1, "2026-11-02", 3600);
        w.projection.worklogPresent(worklog(2, 100, ACME, "dev2", "2026-11-01", 1800));
        w.projection.worklogPresent(worklog(3, 100, ACME, "dev", "2026-10-01", 1800));
        w.projection.worklogPresent(worklog(4, 200, GLOBEX, "dev", "2026-11-02", 3600)); // no approval there

        EntryPage queue = w.approvals.reviewQueue("pm", null, null, null, null, null, 100);
        assertEquals(3, queue.total());
        assertEquals(List.of("dev", "dev", "dev2"), queue.entries().stream().map(TimeEntry::authorKey).toList(),
                "grouped by budget and person");
        assertEquals(0, w.approvals.reviewQueue("dev", null, null, null, null, null, 100).total());
        assertEquals(1, w.approvals.reviewQueue("pm", w.website.id(), "dev2", null, null, null, 100).total());
        assertEquals(2, w.approvals.reviewQueue("pm", null, null, null, java.time.LocalDate.parse("2026-11-01"),
                java.time.LocalDate.parse("2026-11-30"), 100).total());
        assertEquals(0, w.approvals.reviewQueue("pm", null, null, w.build.id(), null, null, 100).total());
    }

    private static ApprovalRefusal failure(BulkOutcome outcome) {
        assertEquals(1, outcome.failed().size(), outcome.toString());
        return outcome.failed().get(0).reason();
    }
}
