package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ApprovalRefusal;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.ApprovalStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.lineitem.AoLineItemStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.common.Message;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.timeentry.TimeEntry;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static io.github.clientbudgets.review.ApprovalAction.APPROVE;
import static io.github.clientbudgets.review.ApprovalAction.APPROVE_REVISION;
import static io.github.clientbudgets.review.ApprovalAction.DISCARD_REVISION;
import static io.github.clientbudgets.review.ApprovalAction.REJECT;
import static io.github.clientbudgets.review.ApprovalAction.UNAPPROVE;
import static io.github.clientbudgets.approval.ApprovalWorld.ACME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link ApprovalService#decide}: what a request may hold (1 to 1,000 positive ids, a reason of up to 2,000
 * characters, required to reject), refused as a whole with the field and nothing written; entries that are not on an
 * approval budget; a bulk asks its questions once; a retried transaction mails each rejection once.
 */
class ApprovalServiceRequestsTest {

    @AoTest
    void theIdsMustBeOneToAThousandPositiveNumbers(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);

        assertEquals(Message.of("client-budgets.error.ids.empty"), refused(w, APPROVE, List.of(), null).get("ids"));
        assertEquals(Message.of("client-budgets.error.ids.empty"), refused(w, APPROVE, null, null).get("ids"));
        List<Long> tooMany = LongStream.rangeClosed(1, ApprovalService.MAX_BULK + 1).boxed().toList();
        assertEquals(Message.of("client-budgets.error.ids.tooMany", 1000), refused(w, APPROVE, tooMany, null).get("ids"));
        for (List<Long> bad : List.of(List.of(entry.id(), 0L), List.of(-1L, entry.id()), Arrays.asList(entry.id(), null))) {
            assertEquals(Message.of("client-budgets.error.id"), refused(w, APPROVE, bad, null).get("ids"), bad.toString());
        }
        assertEquals(ApprovalStatus.PENDING, w.get(entry).status(), "a refused request changes nothing");
        assertEquals(List.of(), w.history(entry));

        List<Long> thousand = new ArrayList<>(LongStream.rangeClosed(entry.id() + 1, entry.id() + 999).boxed().toList());
        thousand.add(entry.id());
        BulkOutcome outcome = w.approvals.decide("pm", APPROVE, thousand, null);
        assertEquals(List.of(entry.id()), outcome.succeeded(), "exactly 1,000 is allowed");
        assertEquals(999, outcome.failed().size());
        assertEquals(ApprovalRefusal.NOT_FOUND, outcome.failed().get(0).reason());
    }

    @AoTest
    void aReasonIsRequiredToRejectAndHoldsAtMostTwoThousandCharacters(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry first = w.log(1, "2026-11-02", 3600);
        TimeEntry second = w.log(2, "2026-11-03", 3600);

        assertEquals(Message.of("client-budgets.error.reason.required"),
                refused(w, REJECT, List.of(first.id()), null).get("reason"));
        assertEquals(Message.of("client-budgets.error.tooLong", 2000),
                refused(w, REJECT, List.of(first.id()), "x".repeat(2001)).get("reason"));
        assertEquals(Message.of("client-budgets.error.tooLong", 2000),
                refused(w, APPROVE, List.of(first.id()), "y".repeat(2001)).get("reason"), "on any action");
        Map<String, Message> both = refused(w, REJECT, List.of(), " ");
        assertEquals(List.of("ids", "reason"), List.copyOf(both.keySet()), "every field refused at once");
        assertEquals(ApprovalStatus.PENDING, w.get(first).status());

        String longest = "z".repeat(2000);
        assertEquals(List.of(first.id()), w.approvals.decide("pm", REJECT, List.of(first.id()), "  " + longest + "\n")
                .succeeded(), "2,000 characters once stripped");
        assertEquals(longest, w.get(first).review().rejectionReason());
        assertEquals(longest, w.history(first).get(0).reason());
        assertEquals(List.of("dev|ACME-1|" + longest), w.notices);

        w.approvals.decide("pm", APPROVE, List.of(second.id()), "   ");
        assertEquals(null, w.history(second).get(0).reason(), "a blank reason is no reason");
    }

    @AoTest
    void workflowEventsAreNoReviewersAction(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        for (ApprovalAction action : List.of(ApprovalAction.WORKLOG_EDITED, ApprovalAction.WORKLOG_DELETED)) {
            assertThrows(IllegalArgumentException.class, () -> w.approvals.decide("pm", action, List.of(entry.id()), null));
        }
        assertEquals(ApprovalStatus.PENDING, w.get(entry).status());
    }

    /**
     * An entry counts for the budget of its service; an approved one whose live service is gone (its worklog moved
     * out of every budget) is still decided on the budget of its published snapshot, where the client sees it.
     */
    @AoTest
    void anApprovedEntryWithoutLiveServiceIsDecidedOnItsPublishedBudget(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry moved = w.fixtures.approvedWith(ACME, 100, null, "2026-11-02", 3600, true, w.design.id(), 3600, true,
                ApprovalStatus.APPROVED);
        assertEquals(EntryState.Revision.EDIT, moved.revision());

        assertEquals(ApprovalRefusal.NOT_AN_APPROVER, failure(w.approvals.decide("dev2", DISCARD_REVISION,
                List.of(moved.id()), null)), "dev2 only browses ACME: not an approver of Website");
        assertEquals(List.of(moved.id()), w.approvals.decide("pm", DISCARD_REVISION, List.of(moved.id()), null).succeeded());
        AuditRecord row = w.history(moved).get(0);
        assertEquals(w.website.id(), row.budgetId(), "audited on the budget the client sees it in");
        assertEquals("APPROVED+EDIT", row.from());
    }

    @AoTest
    void entriesOffEveryApprovalBudget(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry onDeleted = w.log(1, "2026-11-02", 3600);
        TimeEntry withoutService = w.fixtures.entry(ACME, 100, null, "2026-11-03", 3600, true, ApprovalStatus.PENDING);
        TimeEntry noApproval = w.fixtures.entry(ApprovalWorld.GLOBEX, 200, w.support.id(), "2026-11-03", 3600, true,
                ApprovalStatus.PENDING);
        w.budgets.markDeleted(w.website.id());

        assertEquals(ApprovalRefusal.NOT_UNDER_APPROVAL, failure(w.approvals.decide("pm", APPROVE, List.of(onDeleted.id()), null)),
                "its budget was deleted: nothing to approve");
        assertEquals(ApprovalRefusal.NOT_FOUND, failure(w.approvals.decide("client", APPROVE, List.of(onDeleted.id()), null)),
                "who can't browse the project learns nothing");
        assertEquals(ApprovalRefusal.NOT_FOUND, failure(w.approvals.decide("pm", APPROVE, List.of(withoutService.id()), null)),
                "on no service, no budget: not one the approval workflow knows");
        assertEquals(ApprovalRefusal.NOT_UNDER_APPROVAL, failure(w.approvals.decide("dev", UNAPPROVE, List.of(noApproval.id()), null)),
                "a budget without approval, whoever asks");
        assertEquals(ApprovalStatus.PENDING, w.get(onDeleted).status());
    }

    /** Budgets of a bulk are read at once and Jira is asked once per project, not once per entry. */
    @AoTest
    void aBulkDecisionAsksEachQuestionOnce(ActiveObjects ao) {
        AtomicInteger singleServiceReads = new AtomicInteger();
        List<Collection<Long>> batchReads = new ArrayList<>();
        AoBudgetStore budgets = new AoBudgetStore(ao);
        AoLineItemStore counting = new AoLineItemStore(ao, budgets) {
            @Override
            public Optional<io.github.clientbudgets.lineitem.LineItem> lineItem(long serviceId) {
                singleServiceReads.incrementAndGet();
                return super.lineItem(serviceId);
            }

            @Override
            public Map<Long, Optional<Budget>> budgetsOfLineItems(Collection<Long> serviceIds) {
                batchReads.add(List.copyOf(serviceIds));
                return super.budgetsOfLineItems(serviceIds);
            }
        };
        ApprovalWorld w = new ApprovalWorld(ao, budgets, counting, new AoAuditTrail(ao));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ids.add(w.fixtures.entry(ACME, 100, i % 2 == 0 ? w.design.id() : w.build.id(), "2026-11-" + (10 + i % 10),
                    600L * i, true, ApprovalStatus.PENDING).id());
        }
        singleServiceReads.set(0);
        w.questions.clear();

        assertEquals(ids, w.approvals.decide("admin", APPROVE, ids, null).succeeded());

        assertEquals(1, batchReads.size(), "one read of the entries' budgets");
        assertEquals(List.of(w.design.id(), w.build.id()).stream().sorted().toList(),
                batchReads.get(0).stream().sorted().toList(), "each service once");
        assertEquals(0, singleServiceReads.get(), "and no look-up per entry");
        assertEquals(List.of("canBrowse", "canAdminister"), w.questions, "one question of each kind for the one project");
    }

    /**
     * The database refuses the commit (a serialization failure, SQLSTATE 40001): the whole request runs again, and the
     * author still gets one mail per rejection, for what the second run committed.
     */
    @AoTest
    void aRetriedTransactionMailsEachRejectionOnce(ActiveObjects ao) {
        AtomicInteger transactions = new AtomicInteger();
        ActiveObjects commitFailsOnce = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executeInTransaction") && transactions.incrementAndGet() == 1) {
                        TransactionCallback<?> work = (TransactionCallback<?>) args[0];
                        return ao.executeInTransaction(() -> {
                            work.doInTransaction();
                            throw new IllegalStateException(new SQLException("could not serialize access", "40001"));
                        });
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ApprovalWorld w = new ApprovalWorld(ao, new AoBudgetStore(commitFailsOnce), new AoAuditTrail(ao));
        TimeEntry first = w.log(1, "2026-11-02", 3600);
        TimeEntry second = w.log(2, "2026-11-03", 3600);
        transactions.set(0);

        BulkOutcome outcome = w.approvals.decide("pm", REJECT, List.of(second.id(), first.id()), "Wrong issue");

        assertEquals(2, transactions.get(), "the refused commit and the one that went through");
        assertEquals(List.of(first.id(), second.id()), outcome.succeeded());
        assertEquals(List.of("dev|ACME-1|Wrong issue", "dev|ACME-1|Wrong issue"), w.notices, "one mail each, not two");
        assertEquals(1, w.history(first).size(), "the refused attempt left no row");
        assertEquals(1, w.history(second).size());
        assertEquals(ApprovalStatus.REJECTED, w.get(second).status());
    }

    @AoTest
    void aRevisionOfTheCallersOwnTimeIsNotHisToApprove(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry own = w.log(1, "pm", "2026-11-02", 3600);
        w.approvals.decide("admin", APPROVE, List.of(own.id()), null);
        w.log(1, "pm", "2026-11-02", 7200);

        assertEquals(ApprovalRefusal.OWN_ENTRY, failure(w.approvals.decide("pm", APPROVE_REVISION, List.of(own.id()), null)));
        assertEquals(3600, w.get(own).approved().seconds());
    }

    private static Map<String, Message> refused(ApprovalWorld w, ApprovalAction action, List<Long> ids, String reason) {
        return assertThrows(ValidationException.class, () -> w.approvals.decide("pm", action, ids, reason)).errors();
    }

    private static ApprovalRefusal failure(BulkOutcome outcome) {
        assertEquals(1, outcome.failed().size(), outcome.toString());
        return outcome.failed().get(0).reason();
    }
}
