package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ApprovalStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static io.github.clientbudgets.review.ApprovalAction.APPROVE;
import static io.github.clientbudgets.review.ApprovalAction.APPROVE_REVISION;
import static io.github.clientbudgets.approval.ApprovalWorld.ACME;
import static io.github.clientbudgets.approval.ApprovalWorld.GLOBEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the approval service shows and to whom: an entry's history (also once the entry is gone), who may approve a
 * budget, the review queue per approver and filter, a budget's entries, and the period locks with their audit.
 */
class ApprovalServiceReadsTest {

    @AoTest
    void anEntrysHistoryIsForWhoBrowsesItsProjectEvenOnceTheEntryIsGone(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        w.approvals.decide("pm", APPROVE, List.of(entry.id()), null);

        assertEquals(List.of("PENDING>APPROVED"), transitions(w.approvals.history("dev", entry.id())));
        assertThrows(NotFoundException.class, () -> w.approvals.history("client", entry.id()));

        w.projection.worklogGone(1);
        w.approvals.decide("pm", APPROVE_REVISION, List.of(entry.id()), null);
        assertTrue(w.entries.byId(entry.id()).isEmpty(), "the approved deletion removed the entry");
        assertEquals(List.of("PENDING>APPROVED", "APPROVED+DELETION>REMOVED"),
                transitions(w.approvals.history("dev2", entry.id())), "the audit stays readable for the team");
        assertThrows(NotFoundException.class, () -> w.approvals.history("client", entry.id()),
                "gone, and never one the caller could see");

        assertThrows(NotFoundException.class, () -> w.approvals.history("pm", 424242), "never existed");
    }

    @AoTest
    void aGoneEntryOnNoBudgetHasNoHistoryToShow(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry loose = w.fixtures.entry(ACME, 100, null, "2026-11-02", 3600, true, ApprovalStatus.PENDING);
        w.approvals.updateEntry("pm", loose.id(), new EntryChanges(null, false, false, null, false));
        assertEquals(1, w.approvals.history("dev", loose.id()).size(), "while it exists, its project decides");

        w.entries.delete(loose.id());
        assertThrows(NotFoundException.class, () -> w.approvals.history("pm", loose.id()),
                "its rows name no budget: nothing says who could have seen it");
    }

    @AoTest
    void theEntriesABudgetsHistoryNamesAreThoseOfTheBudgetForWhoSeesIt(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry onWebsite = w.log(1, "2026-11-02", 3600);
        TimeEntry loose = w.fixtures.entry(ACME, 100, null, "2026-11-03", 3600, true, ApprovalStatus.PENDING);
        TimeEntry onRetainer = w.fixtures.entry(GLOBEX, 200, w.support.id(), "2026-11-04", 3600, true,
                ApprovalStatus.PENDING);

        assertEquals(List.of(onWebsite.id()), w.approvals.entriesOfBudget("dev", w.website.id(),
                List.of(onWebsite.id(), loose.id(), onRetainer.id(), 424242L)).stream().map(TimeEntry::id).toList(),
                "only the budget's own entries, whatever ids are asked for");
        assertEquals(List.of(), w.approvals.entriesOfBudget("dev", w.website.id(), List.of()));
        assertThrows(NotFoundException.class,
                () -> w.approvals.entriesOfBudget("client", w.website.id(), List.of(onWebsite.id())));
    }

    @AoTest
    void whoMayApproveABudget(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);

        assertTrue(w.approvals.mayApprove("admin", w.website.id()), "a project admin");
        assertTrue(w.approvals.mayApprove("pm", w.website.id()), "the owner");
        assertFalse(w.approvals.mayApprove("dev", w.website.id()), "a team member");
        assertFalse(w.approvals.mayApprove("client", w.website.id()));
        assertFalse(w.approvals.mayApprove("pm", 424242), "no such budget");
        w.budgets.markDeleted(w.website.id());
        assertFalse(w.approvals.mayApprove("admin", w.website.id()), "a deleted budget");
    }

    @AoTest
    void theReviewQueueFiltersByBudgetAndHoldsOnlyBudgetsTheCallerApprovesAndBrowses(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        Budget maintenance = w.fixtures.budget(ACME, "Maintenance", BudgetType.RETAINER, "EUR", "2026-01-01",
                "2026-08-31", null, true);
        LineItem upkeep = w.fixtures.service(maintenance, "Upkeep", Billing.HOURLY, "80.00", true);
        Budget globex = w.fixtures.budget(GLOBEX, "Audit", BudgetType.TIME_AND_MATERIALS, "USD", "2026-01-01", null,
                "1000", true);
        LineItem audit = w.fixtures.service(globex, "Audit", Billing.HOURLY, "80.00", true);
        TimeEntry website = w.log(1, "2026-11-02", 3600);
        TimeEntry summer = w.log(2, "2026-07-01", 1800);
        TimeEntry globexEntry = w.fixtures.entry(GLOBEX, 200, audit.id(), "2026-11-02", 900, true, ApprovalStatus.PENDING);
        assertEquals(upkeep.id(), summer.serviceId());

        assertEquals(Set.of(website.id(), summer.id(), globexEntry.id()), ids(w.approvals.reviewQueue("admin", null,
                null, null, null, null, 100)));
        assertEquals(Set.of(summer.id()), ids(w.approvals.reviewQueue("admin", maintenance.id(), null, null, null, null,
                100)), "one budget");
        assertEquals(Set.of(), ids(w.approvals.reviewQueue("admin", 424242L, null, null, null, null, 100)));

        w.withOwner(w.website, "dev2");
        assertEquals(Set.of(website.id()), ids(w.approvals.reviewQueue("dev2", null, null, null, null, null, 100)),
                "the owner of one budget reviews that budget only");
        w.withOwner(maintenance, "client");
        assertEquals(Set.of(), ids(w.approvals.reviewQueue("client", null, null, null, null, null, 100)),
                "an owner who can't browse the project sees nothing of it");
    }

    /** The queue asks Jira once which of the candidate projects the caller administers, not once per project. */
    @AoTest
    void theReviewQueueAsksJiraOnceWhoAdministersWhat(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        w.fixtures.budget(GLOBEX, "Audit", BudgetType.TIME_AND_MATERIALS, "USD", "2026-01-01", null, "1000", true);
        w.withOwner(w.website, "dev"); // not the caller: administering is what counts
        w.questions.clear();

        w.approvals.reviewQueue("admin", null, null, null, null, null, 100);

        assertEquals(1, w.questions.stream().filter("administeredAmong"::equals).count(), w.questions.toString());
        assertFalse(w.questions.contains("canAdminister"), w.questions.toString());
    }

    @AoTest
    void aBudgetsEntriesAreForWhoBrowsesItsProject(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry approved = w.log(1, "2026-11-02", 3600);
        TimeEntry pending = w.log(2, "2026-11-03", 1800);
        w.approvals.decide("pm", APPROVE, List.of(approved.id()), null);

        EntryPage all = w.approvals.entriesOfBudget("dev2", w.website.id(), Set.of(), null, null, 0, 50);
        assertEquals(2, all.total());
        assertEquals(Set.of(approved.id(), pending.id()), ids(all));
        assertEquals(Set.of(pending.id()), ids(w.approvals.entriesOfBudget("dev2", w.website.id(),
                Set.of(ApprovalStatus.PENDING), null, null, 0, 50)));
        assertEquals(Set.of(approved.id()), ids(w.approvals.entriesOfBudget("dev2", w.website.id(), Set.of(),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-02"), -5, 0)), "a day range; start and limit clamped");
        assertThrows(NotFoundException.class, () -> w.approvals.entriesOfBudget("client", w.website.id(), Set.of(), null,
                null, 0, 50));
        assertThrows(NotFoundException.class, () -> w.approvals.entriesOfBudget("dev", 424242, Set.of(), null, null, 0, 50));
    }

    @AoTest
    void lockingAndUnlockingAreAuditedOnlyWhenTheyChangeSomething(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        YearMonth october = YearMonth.of(2026, 10);

        w.approvals.lock("pm", w.website.id(), october);
        w.approvals.lock("admin", w.website.id(), october);
        w.approvals.unlock("pm", w.website.id(), YearMonth.of(2026, 11));
        assertEquals(List.of("pm LOCKED month:null>2026-10"), periodRows(w));

        w.approvals.unlock("admin", w.website.id(), october);
        w.approvals.unlock("pm", w.website.id(), october);
        assertEquals(List.of("pm LOCKED month:null>2026-10", "admin UNLOCKED month:2026-10>null"), periodRows(w));
        assertEquals(List.of(), w.approvals.lockedMonths("dev", w.website.id()));
    }

    @AoTest
    void locksAreForApproversAndTheirListForWhoBrowses(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        YearMonth october = YearMonth.of(2026, 10);

        assertThrows(NotFoundException.class, () -> w.approvals.lock("client", w.website.id(), october));
        assertThrows(ForbiddenException.class, () -> w.approvals.lock("dev", w.website.id(), october));
        assertThrows(NotFoundException.class, () -> w.approvals.lock("pm", 424242, october));
        assertThrows(NotFoundException.class, () -> w.approvals.lockedMonths("client", w.website.id()));
        assertEquals(List.of(), w.approvals.lockedMonths("dev", w.website.id()));

        w.approvals.lock("pm", w.website.id(), october);
        assertThrows(ForbiddenException.class, () -> w.approvals.unlock("dev", w.website.id(), october));
        assertThrows(NotFoundException.class, () -> w.approvals.unlock("client", w.website.id(), october));
        assertEquals(List.of(october), w.approvals.lockedMonths("dev", w.website.id()));
        assertEquals(List.of(), w.approvals.lockedMonths("pm", w.retainer.id()), "per budget");
    }

    private static List<String> transitions(List<AuditRecord> records) {
        return records.stream().map(r -> r.from() + ">" + r.to()).toList();
    }

    private static Set<Long> ids(EntryPage page) {
        return Set.copyOf(page.entries().stream().map(TimeEntry::id).toList());
    }

    /** The budget's PERIOD rows, oldest first. */
    private static List<String> periodRows(ApprovalWorld w) {
        List<AuditRecord> rows = new java.util.ArrayList<>(w.audit.forBudget(w.website.id(), 100).stream()
                .filter(r -> r.objectType().equals("PERIOD")).toList());
        java.util.Collections.reverse(rows);
        return rows.stream()
                .map(r -> r.authorKey() + " " + r.action() + " " + r.field() + ":" + r.from() + ">" + r.to()).toList();
    }
}
