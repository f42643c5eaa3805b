package io.github.clientbudgets.approval;

import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.review.ApprovalRefusal;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.ApprovalStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryQueries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.github.clientbudgets.review.ApprovalAction.APPROVE;
import static io.github.clientbudgets.review.ApprovalAction.REJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bulk decision reads its entries, decides them all, then writes the compare-and-sets as one batch. Entries that
 * another node moves in between lose their compare-and-set; they are then decided one by one on what they are now,
 * as a lone decision would be. Here the "other node" is a store that moves chosen entries right before each write.
 */
class BulkApprovalLosingTheRaceTest {
    private static final long ACME = 10;

    /** The store of the service under test: moves entries behind its back right before it writes them. */
    private static final class RacingStore extends AoTimeEntryStore {
        /** Per entry: the state another node moves it to right before our write (null: the entry is deleted). */
        final Map<Long, Function<EntryState, EntryState>> movedBeforeWrite = new HashMap<>();
        /** How many compare-and-sets each of our writes held: the bulk, then the entries decided singly. */
        final List<Integer> writes = new ArrayList<>();

        RacingStore(ActiveObjects ao) {
            super(ao);
        }

        @Override
        public boolean[] transitionAll(List<Transition> transitions) {
            for (Transition t : transitions) {
                Function<EntryState, EntryState> move = movedBeforeWrite.get(t.entryId());
                if (move == null) {
                    continue;
                }
                EntryState now = byId(t.entryId()).orElseThrow().state();
                EntryState next = move.apply(now);
                if (next == null) {
                    delete(t.entryId());
                } else {
                    super.transitionAll(List.of(new Transition(t.entryId(), now, next,
                            next.status() == ApprovalStatus.APPROVED,
                            new TimeEntry.Review("admin", Instant.now(), null))));
                }
            }
            writes.add(transitions.size());
            return super.transitionAll(transitions);
        }
    }

    private static final class World {
        final RacingStore entries;
        final AoAuditTrail audit;
        final DefaultApprovalService approvals;
        final List<Long> notices = new ArrayList<>();
        final List<Long> ids = new ArrayList<>();

        World(ActiveObjects ao, int pending) {
            entries = new RacingStore(ao);
            Stores stores = Stores.on(ao);
            AoBudgetStore budgets = stores.budgets;
            audit = new AoAuditTrail(ao);
            FakePermissions permissions = new FakePermissions().project(ACME, "ACME").issue(100, "ACME-1", ACME, null)
                    .user("pm").user("dev").admin("pm", ACME).browser("dev", ACME).admin("admin", ACME);
            approvals = new DefaultApprovalService(entries, new TimeEntryQueries(ao, entries), budgets, stores.lineItems,
                    new AoPeriodLockStore(ao), permissions, new TeamAccessPolicy(permissions), audit,
                    (entry, issueKey, reviewer, reason) -> notices.add(entry.id()));
            Fixtures fixtures = new Fixtures(budgets, stores.lineItems, stores.expenses, entries);
            Budget website = fixtures.budget(ACME, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01",
                    "2026-12-31", "50000", true);
            LineItem design = fixtures.service(website, "Design", Billing.HOURLY, "95.00", true);
            for (int i = 0; i < pending; i++) {
                ids.add(fixtures.entry(ACME, 100, design.id(), "2026-11-" + String.format("%02d", 2 + i), 3600L + i,
                        true, ApprovalStatus.PENDING).id());
            }
        }

        List<String> history(long id) {
            return audit.forObject(AuditSubject.TIME_ENTRY, id).stream().map(r -> r.authorKey() + ":" + r.from() + ">" + r.to())
                    .toList();
        }

        ApprovalStatus status(long id) {
            return entries.byId(id).orElseThrow().status();
        }
    }

    @AoTest
    void entriesMovedBetweenReadAndWriteAreDecidedAgainOneByOne(ActiveObjects ao) {
        World w = new World(ao, 6);
        long rejectedMeanwhile = w.ids.get(1);
        long approvedMeanwhile = w.ids.get(3);
        long deletedMeanwhile = w.ids.get(4);
        w.entries.movedBeforeWrite.put(rejectedMeanwhile, s -> EntryState.rejected());
        w.entries.movedBeforeWrite.put(approvedMeanwhile, s -> EntryState.approved());
        w.entries.movedBeforeWrite.put(deletedMeanwhile, s -> null);

        BulkOutcome outcome = w.approvals.decide("pm", APPROVE, w.ids, null);

        assertEquals(List.of(w.ids.get(0), w.ids.get(1), w.ids.get(2), w.ids.get(3), w.ids.get(5)), outcome.succeeded());
        assertEquals(List.of(new BulkOutcome.Failure(deletedMeanwhile, ApprovalRefusal.NOT_FOUND)), outcome.failed());
        assertEquals(List.of(6, 1), w.entries.writes,
                "one batch, then one write for the entry rejected meanwhile; approved meanwhile is already so");
        for (long id : List.of(w.ids.get(0), w.ids.get(2), w.ids.get(5))) {
            assertEquals(ApprovalStatus.APPROVED, w.status(id));
            assertEquals(List.of("pm:PENDING>APPROVED"), w.history(id));
        }
        assertEquals(ApprovalStatus.APPROVED, w.status(rejectedMeanwhile), "a reviewer may approve a rejected entry");
        assertEquals(List.of("pm:REJECTED>APPROVED"), w.history(rejectedMeanwhile),
                "audited from what it was when written (the other node's own row is its business)");
        assertEquals(List.of(), w.history(approvedMeanwhile), "already so: nothing written, nothing audited");
        assertEquals(3600, w.entries.byId(w.ids.get(0)).orElseThrow().approved().seconds());
    }

    @AoTest
    void rejectionsLostToAnApprovalAreRefusedAndOnlyTheWrittenOnesAreMailed(ActiveObjects ao) {
        World w = new World(ao, 4);
        long approvedMeanwhile = w.ids.get(0);
        long rejectedMeanwhile = w.ids.get(2);
        w.entries.movedBeforeWrite.put(approvedMeanwhile, s -> EntryState.approved());
        w.entries.movedBeforeWrite.put(rejectedMeanwhile, s -> EntryState.rejected());

        BulkOutcome outcome = w.approvals.decide("pm", REJECT, w.ids, "Not billable");

        assertEquals(List.of(w.ids.get(1), w.ids.get(2), w.ids.get(3)), outcome.succeeded());
        assertEquals(List.of(new BulkOutcome.Failure(approvedMeanwhile, ApprovalRefusal.WRONG_STATE)), outcome.failed(),
                "an approved entry is taken back with UNAPPROVE, not rejected");
        assertEquals(List.of(w.ids.get(1), w.ids.get(3)), w.notices, "mails only for the rejections written");
        assertEquals(List.of(4), w.entries.writes);
        assertEquals("Not billable", w.audit.forObject(AuditSubject.TIME_ENTRY, w.ids.get(1)).stream().map(AuditRecord::reason)
                .findFirst().orElseThrow());
        assertEquals(List.of(), w.history(rejectedMeanwhile));
    }

    @AoTest
    void anEntryMovedBeforeEveryWriteFailsAfterTheSameThreeAttemptsAsBefore(ActiveObjects ao) {
        World w = new World(ao, 3);
        long flapping = w.ids.get(1);
        // every time we are about to write it, another node flips it between pending and rejected
        w.entries.movedBeforeWrite.put(flapping, s -> s.status() == ApprovalStatus.PENDING ? EntryState.rejected()
                : EntryState.pending());

        BulkOutcome outcome = w.approvals.decide("pm", APPROVE, w.ids, null);

        assertEquals(List.of(w.ids.get(0), w.ids.get(2)), outcome.succeeded());
        assertEquals(List.of(new BulkOutcome.Failure(flapping, ApprovalRefusal.WRONG_STATE)), outcome.failed());
        assertEquals(List.of(3, 1, 1), w.entries.writes, "the bulk write and two retries: three attempts in all");
        assertEquals(List.of(), w.history(flapping));
    }
}
