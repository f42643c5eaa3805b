package io.github.clientbudgets.review;

import io.github.clientbudgets.review.EntryState.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.clientbudgets.review.ApprovalAction.APPROVE;
import static io.github.clientbudgets.review.ApprovalAction.APPROVE_REVISION;
import static io.github.clientbudgets.review.ApprovalAction.DISCARD_REVISION;
import static io.github.clientbudgets.review.ApprovalAction.REJECT;
import static io.github.clientbudgets.review.ApprovalAction.UNAPPROVE;
import static io.github.clientbudgets.review.ApprovalAction.WORKLOG_DELETED;
import static io.github.clientbudgets.review.ApprovalAction.WORKLOG_EDITED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovalRulesTest {
    private static final String PM = "pm";
    private static final String DEV = "dev";

    private static ApprovalOutcome review(EntryState state, ApprovalAction action) {
        return ApprovalRules.apply(state, ApprovalRequest.byReviewer(action, PM, DEV, true, false, "wrong issue"));
    }

    private static ApprovalOutcome worklog(EntryState state, ApprovalAction action) {
        return ApprovalRules.apply(state, ApprovalRequest.fromWorklog(action, DEV, false));
    }

    private static EntryState approvedWith(Revision revision) {
        return EntryState.approved().withRevision(revision);
    }

    @Nested
    class ReviewerTransitions {
        @Test
        void approvingAPendingEntryPublishesTheWorklog() {
            ApprovalOutcome outcome = review(EntryState.pending(), APPROVE);
            assertEquals(EntryState.approved(), outcome.state());
            assertTrue(outcome.changed());
            assertTrue(outcome.publishLiveData());
        }

        @Test
        void approvingARejectedEntryPublishesIt() {
            ApprovalOutcome outcome = review(EntryState.rejected(), APPROVE);
            assertEquals(EntryState.approved(), outcome.state());
            assertTrue(outcome.publishLiveData());
        }

        @Test
        void approvingTwiceIsANoOpNotAnError() {
            ApprovalOutcome outcome = review(EntryState.approved(), APPROVE);
            assertFalse(outcome.changed());
            assertFalse(outcome.isRefused());
        }

        @Test
        void rejectingAPendingEntryKeepsItUnpublished() {
            ApprovalOutcome outcome = review(EntryState.pending(), REJECT);
            assertEquals(EntryState.rejected(), outcome.state());
            assertFalse(outcome.publishLiveData());
        }

        @Test
        void rejectingTwiceIsANoOp() {
            ApprovalOutcome outcome = review(EntryState.rejected(), REJECT);
            assertFalse(outcome.changed());
            assertFalse(outcome.isRefused());
        }

        @Test
        void unapprovingReturnsToPendingWithoutPublishing() {
            ApprovalOutcome outcome = review(EntryState.approved(), UNAPPROVE);
            assertEquals(EntryState.pending(), outcome.state());
            assertFalse(outcome.publishLiveData());
        }

        @Test
        void unapprovingAPendingEntryIsANoOp() {
            assertFalse(review(EntryState.pending(), UNAPPROVE).changed());
        }

        @Test
        void approvingAnEditRevisionPublishesTheNewFigures() {
            ApprovalOutcome outcome = review(approvedWith(Revision.EDIT), APPROVE_REVISION);
            assertEquals(EntryState.approved(), outcome.state());
            assertTrue(outcome.publishLiveData());
        }

        @Test
        void approvingADeletionRevisionRemovesTheEntry() {
            ApprovalOutcome outcome = review(approvedWith(Revision.DELETION), APPROVE_REVISION);
            assertTrue(outcome.state().removed());
            assertTrue(outcome.changed());
        }

        @Test
        void discardingARevisionKeepsTheSnapshot() {
            ApprovalOutcome outcome = review(approvedWith(Revision.EDIT), DISCARD_REVISION);
            assertEquals(EntryState.approved(), outcome.state());
            assertFalse(outcome.publishLiveData());
        }
    }

    @Nested
    class Refusals {
        @ParameterizedTest
        @EnumSource(value = ApprovalAction.class, names = {"APPROVE", "REJECT", "UNAPPROVE", "APPROVE_REVISION", "DISCARD_REVISION"})
        void onlyApproversAct(ApprovalAction action) {
            ApprovalOutcome outcome = ApprovalRules.apply(approvedWith(Revision.EDIT),
                    ApprovalRequest.byReviewer(action, "dev2", DEV, false, false, "reason"));
            assertEquals(ApprovalRefusal.NOT_AN_APPROVER, outcome.refusal());
            assertEquals(approvedWith(Revision.EDIT), outcome.state());
        }

        @ParameterizedTest
        @EnumSource(value = ApprovalAction.class, names = {"APPROVE", "REJECT", "UNAPPROVE", "APPROVE_REVISION", "DISCARD_REVISION"})
        void nobodyReviewsHisOwnTimeNotEvenAnAdmin(ApprovalAction action) {
            ApprovalOutcome outcome = ApprovalRules.apply(EntryState.pending(),
                    ApprovalRequest.byReviewer(action, DEV, DEV, true, false, "reason"));
            assertEquals(ApprovalRefusal.OWN_ENTRY, outcome.refusal());
        }

        @Test
        void rejectionNeedsAReason() {
            for (String reason : new String[]{null, "", "   "}) {
                ApprovalOutcome outcome = ApprovalRules.apply(EntryState.pending(),
                        ApprovalRequest.byReviewer(REJECT, PM, DEV, true, false, reason));
                assertEquals(ApprovalRefusal.REASON_REQUIRED, outcome.refusal(), "reason '" + reason + "'");
            }
        }

        @Test
        void anApprovedEntryIsNotRejectedDirectly() {
            assertEquals(ApprovalRefusal.WRONG_STATE, review(EntryState.approved(), REJECT).refusal());
        }

        @Test
        void aLockedMonthCannotBeUnapproved() {
            ApprovalOutcome outcome = ApprovalRules.apply(EntryState.approved(),
                    ApprovalRequest.byReviewer(UNAPPROVE, PM, DEV, true, true, null));
            assertEquals(ApprovalRefusal.PERIOD_LOCKED, outcome.refusal());
        }

        @Test
        void aLockedMonthCannotGainApprovedTime() {
            for (EntryState s : new EntryState[]{EntryState.pending(), EntryState.rejected()}) {
                assertEquals(ApprovalRefusal.PERIOD_LOCKED, ApprovalRules.apply(s,
                        ApprovalRequest.byReviewer(APPROVE, PM, DEV, true, true, null)).refusal(), s.toString());
            }
            assertEquals(ApprovalRefusal.PERIOD_LOCKED, ApprovalRules.apply(approvedWith(Revision.EDIT),
                    ApprovalRequest.byReviewer(APPROVE_REVISION, PM, DEV, true, true, null)).refusal(),
                    "a revision waits until the month is unlocked");
            assertEquals(ApprovalRefusal.PERIOD_LOCKED, ApprovalRules.apply(approvedWith(Revision.DELETION),
                    ApprovalRequest.byReviewer(APPROVE_REVISION, PM, DEV, true, true, null)).refusal());
        }

        @Test
        void aLockedMonthStillTakesRejectionsAndDiscardedRevisions() {
            assertEquals(EntryState.rejected(), ApprovalRules.apply(EntryState.pending(),
                    ApprovalRequest.byReviewer(REJECT, PM, DEV, true, true, "wrong issue")).state());
            assertEquals(EntryState.approved(), ApprovalRules.apply(approvedWith(Revision.EDIT),
                    ApprovalRequest.byReviewer(DISCARD_REVISION, PM, DEV, true, true, null)).state());
        }

        @Test
        void unapprovingARejectedEntryIsRefused() {
            assertEquals(ApprovalRefusal.WRONG_STATE, review(EntryState.rejected(), UNAPPROVE).refusal());
        }

        @Test
        void approvingAnEntryWithAPendingRevisionNeedsTheRevisionAction() {
            assertEquals(ApprovalRefusal.WRONG_STATE, review(approvedWith(Revision.EDIT), APPROVE).refusal());
        }

        @ParameterizedTest
        @EnumSource(value = ApprovalAction.class, names = {"APPROVE_REVISION", "DISCARD_REVISION"})
        void revisionActionsNeedARevision(ApprovalAction action) {
            assertEquals(ApprovalRefusal.WRONG_STATE, review(EntryState.approved(), action).refusal());
            assertEquals(ApprovalRefusal.WRONG_STATE, review(EntryState.pending(), action).refusal());
        }

        @Test
        void aRemovedEntryCannotBeReviewed() {
            EntryState removed = new EntryState(ApprovalStatus.PENDING, Revision.NONE, true);
            assertEquals(ApprovalRefusal.ENTRY_REMOVED, review(removed, APPROVE).refusal());
        }
    }

    @Nested
    class WorklogChanges {
        @Test
        void editingAnApprovedWorklogCreatesARevisionAndPublishesNothing() {
            ApprovalOutcome outcome = worklog(EntryState.approved(), WORKLOG_EDITED);
            assertEquals(approvedWith(Revision.EDIT), outcome.state());
            assertFalse(outcome.publishLiveData());
            assertTrue(outcome.state().needsReview());
        }

        @Test
        void editingInALockedMonthStillBecomesARevision() {
            ApprovalOutcome outcome = ApprovalRules.apply(EntryState.approved(),
                    ApprovalRequest.fromWorklog(WORKLOG_EDITED, DEV, true));
            assertEquals(Revision.EDIT, outcome.state().revision());
        }

        @Test
        void editingTwiceKeepsOneRevision() {
            assertFalse(worklog(approvedWith(Revision.EDIT), WORKLOG_EDITED).changed());
        }

        @Test
        void editingAPendingWorklogChangesNothingButTheLiveFigures() {
            ApprovalOutcome outcome = worklog(EntryState.pending(), WORKLOG_EDITED);
            assertFalse(outcome.changed());
            assertEquals(EntryState.pending(), outcome.state());
        }

        @Test
        void fixingARejectedWorklogSendsItBackForReview() {
            assertEquals(EntryState.pending(), worklog(EntryState.rejected(), WORKLOG_EDITED).state());
        }

        @Test
        void deletingAnApprovedWorklogWaitsForTheReviewer() {
            ApprovalOutcome outcome = worklog(EntryState.approved(), WORKLOG_DELETED);
            assertEquals(approvedWith(Revision.DELETION), outcome.state());
            assertFalse(outcome.state().removed());
        }

        @Test
        void deletingAnEditedApprovedWorklogTurnsTheRevisionIntoADeletion() {
            assertEquals(Revision.DELETION, worklog(approvedWith(Revision.EDIT), WORKLOG_DELETED).state().revision());
        }

        @ParameterizedTest
        @EnumSource(value = ApprovalStatus.class, names = {"PENDING", "REJECTED"})
        void deletingAnUnpublishedWorklogRemovesTheEntry(ApprovalStatus status) {
            EntryState state = new EntryState(status, Revision.NONE, false);
            ApprovalOutcome outcome = worklog(state, WORKLOG_DELETED);
            assertTrue(outcome.state().removed());
            assertFalse(outcome.state().needsReview());
        }

        @Test
        void eventsArrivingTwiceEndInTheSameState() {
            EntryState once = worklog(EntryState.approved(), WORKLOG_DELETED).state();
            EntryState twice = worklog(once, WORKLOG_DELETED).state();
            assertEquals(once, twice);
            EntryState removed = worklog(EntryState.pending(), WORKLOG_DELETED).state();
            assertFalse(worklog(removed, WORKLOG_EDITED).changed());
            assertFalse(worklog(removed, WORKLOG_DELETED).changed());
        }
    }

    @Test
    void onlyApprovedEntriesCarryRevisions() {
        assertThrows(IllegalArgumentException.class, () -> new EntryState(ApprovalStatus.PENDING, Revision.EDIT, false));
    }
}
