package io.github.clientbudgets.review;

/**
 * Everything the rules need to decide one action on one entry; the adapters gather it (who the actor is, whether he
 * approves for this budget, whether the entry's month is locked) so the rules stay plain Java.
 *
 * @param actorKey      the user acting; null for changes that come from Jira's worklog events
 * @param authorKey     the worklog's author
 * @param actorMayApprove the actor is the budget's owner, a project admin or a Jira admin
 * @param periodLocked  the entry's month is locked for this budget
 * @param reason        the rejection reason (required for {@link ApprovalAction#REJECT})
 */
public record ApprovalRequest(ApprovalAction action, String actorKey, String authorKey, boolean actorMayApprove,
                              boolean periodLocked, String reason) {

    public static ApprovalRequest byReviewer(ApprovalAction action, String actorKey, String authorKey,
                                             boolean actorMayApprove, boolean periodLocked, String reason) {
        return new ApprovalRequest(action, actorKey, authorKey, actorMayApprove, periodLocked, reason);
    }

    public static ApprovalRequest fromWorklog(ApprovalAction action, String authorKey, boolean periodLocked) {
        return new ApprovalRequest(action, null, authorKey, false, periodLocked, null);
    }
}
