package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.timeentry.TimeEntryStore.Transition;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time entry store's bulk compare-and-set and delete on H2 and PostgreSQL. */
class AoTimeEntryStoreTest {
    private static final TimeEntry.Review PM = new TimeEntry.Review("pm", Instant.parse("2026-11-20T10:00:00Z"), null);
    private static final TimeEntry.Review ADMIN = new TimeEntry.Review("admin", Instant.parse("2026-11-20T09:00:00Z"), null);

    @AoTest
    void transitionAllSaysPerRowWhetherItWonAndPublishesOnlyWhereAsked(ActiveObjects ao) {
        AoTimeEntryStore store = new AoTimeEntryStore(ao);
        Fixtures f = new Fixtures(ao, new AoBudgetStore(ao), store);
        Budget budget = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem design = f.service(budget, "Design", Billing.HOURLY, "95.00", true);
        TimeEntry toApprove = f.entry(10, 1, design.id(), "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        TimeEntry movedBefore = f.entry(10, 1, design.id(), "2026-10-02", 1800, true, ApprovalStatus.PENDING);
        TimeEntry toReject = f.entry(10, 1, design.id(), "2026-10-03", 900, true, ApprovalStatus.PENDING);
        // approved at 3600 s, since edited to 4000 s: a revision waits
        TimeEntry revised = f.approvedWith(10, 2, design.id(), "2026-10-04", 4000, true, design.id(), 3600, true,
                ApprovalStatus.APPROVED);
        // someone else decided first
        assertTrue(store.transition(movedBefore.id(), EntryState.pending(), EntryState.rejected(), false,
                new TimeEntry.Review("admin", ADMIN.reviewedAt(), "No")));

        EntryState approved = EntryState.approved();
        boolean[] won = store.transitionAll(List.of( // not in id order on purpose: the answers follow the list
                new Transition(revised.id(), revised.state(), approved, true, PM),
                new Transition(movedBefore.id(), EntryState.pending(), approved, true, PM),
                new Transition(toReject.id(), EntryState.pending(), EntryState.rejected(), false,
                        new TimeEntry.Review("pm", PM.reviewedAt(), "Wrong issue")),
                new Transition(999_999L, EntryState.pending(), approved, true, PM),
                new Transition(toApprove.id(), EntryState.pending(), approved, true, PM)));

        assertArrayEquals(new boolean[] {true, false, true, false, true}, won);
        TimeEntry a = store.byId(toApprove.id()).orElseThrow();
        assertEquals(ApprovalStatus.APPROVED, a.status());
        assertEquals(3600, a.approved().seconds(), "published: snapshot = live");
        assertEquals(a.workDay(), a.approved().day());
        assertEquals(design.id(), a.approved().serviceId());
        assertEquals("pm", a.review().reviewerKey());
        assertEquals(PM.reviewedAt(), a.review().reviewedAt());
        TimeEntry r = store.byId(revised.id()).orElseThrow();
        assertEquals(EntryState.approved(), r.state());
        assertEquals(4000, r.approved().seconds(), "the revision is published");
        TimeEntry lost = store.byId(movedBefore.id()).orElseThrow();
        assertEquals(ApprovalStatus.REJECTED, lost.status(), "a lost compare-and-set writes nothing");
        assertNull(lost.approved());
        assertEquals("admin", lost.review().reviewerKey());
        TimeEntry rejected = store.byId(toReject.id()).orElseThrow();
        assertEquals(ApprovalStatus.REJECTED, rejected.status());
        assertNull(rejected.approved(), "a rejection publishes nothing");
        assertEquals("Wrong issue", rejected.review().rejectionReason());

        assertArrayEquals(new boolean[] {false}, store.transitionAll(List.of(
                new Transition(toApprove.id(), EntryState.pending(), approved, true, PM))), "already moved: lost");
        assertArrayEquals(new boolean[0], store.transitionAll(List.of()));
    }

    @AoTest
    void nothingToWinWhenNoneOfTheEntriesExists(ActiveObjects ao) {
        AoTimeEntryStore store = new AoTimeEntryStore(ao);
        assertArrayEquals(new boolean[] {false, false}, store.transitionAll(List.of(
                new Transition(41, EntryState.pending(), EntryState.approved(), true, PM),
                new Transition(42, EntryState.pending(), EntryState.rejected(), false, PM))));
    }

    @AoTest
    void deleteAllRemovesTheGivenEntriesAndIgnoresMissingOnes(ActiveObjects ao) {
        AoTimeEntryStore store = new AoTimeEntryStore(ao);
        Fixtures f = new Fixtures(ao, new AoBudgetStore(ao), store);
        Budget budget = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem design = f.service(budget, "Design", Billing.HOURLY, "95.00", true);
        TimeEntry one = f.entry(10, 1, design.id(), "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        TimeEntry two = f.entry(10, 1, design.id(), "2026-10-02", 3600, true, ApprovalStatus.PENDING);
        TimeEntry kept = f.entry(10, 1, design.id(), "2026-10-03", 3600, true, ApprovalStatus.PENDING);

        store.deleteAll(List.of(two.id(), 999_999L, one.id()));

        assertEquals(List.of(kept.id()), store.byIds(List.of(one.id(), two.id(), kept.id())).stream()
                .map(TimeEntry::id).toList());
    }
}
