package io.github.clientbudgets.review;

/**
 * How a reviewer's decision moves an expense on a budget that requires approval (expenses follow the budget's
 * approval, like time; docs/approval.md). Plain Java: the adapter gathers the facts.
 * <ul>
 * <li>Only who approves the budget's time decides (owner, project admin, Jira admin), and never on an expense he
 * entered himself.</li>
 * <li>Approve: pending or rejected → approved. Reject (a reason is required): pending → rejected; an approved expense
 * is taken back with unapprove first, so the client never sees one vanish silently. Unapprove: approved → pending.</li>
 * <li>Locked means locked: in a locked month nothing that changes the approved figures happens (approve, unapprove);
 * rejecting a pending expense there changes no approved figure and is allowed.</li>
 * </ul>
 */
public final class ExpenseApprovalRules {
    private ExpenseApprovalRules() {
    }

    /** The facts of one decision on one expense. */
    public record Request(ApprovalAction action, ApprovalStatus status, boolean approvalRequired, boolean actorMayApprove,
                          boolean ownExpense, boolean periodLocked, String reason) {
    }

    /** Either a refusal, or the status to move to (equal to the current one: nothing to write). */
    public record Decision(ApprovalRefusal refusal, ApprovalStatus next) {
        static Decision refused(ApprovalRefusal why) {
            return new Decision(why, null);
        }

        static Decision to(ApprovalStatus next) {
            return new Decision(null, next);
        }
    }

    public static Decision decide(Request r) {
        if (!r.actorMayApprove()) {
            return Decision.refused(ApprovalRefusal.NOT_AN_APPROVER);
        }
        if (!r.approvalRequired()) {
            return Decision.refused(ApprovalRefusal.NOT_UNDER_APPROVAL);
        }
        if (r.ownExpense()) {
            return Decision.refused(ApprovalRefusal.OWN_ENTRY);
        }
        ApprovalStatus s = r.status();
        return switch (r.action()) {
            case APPROVE -> s == ApprovalStatus.APPROVED ? Decision.to(s)
                    : r.periodLocked() ? Decision.refused(ApprovalRefusal.PERIOD_LOCKED) : Decision.to(ApprovalStatus.APPROVED);
            case REJECT -> r.reason() == null || r.reason().isBlank() ? Decision.refused(ApprovalRefusal.REASON_REQUIRED)
                    : s == ApprovalStatus.APPROVED ? Decision.refused(ApprovalRefusal.WRONG_STATE)
                    : Decision.to(ApprovalStatus.REJECTED);
            case UNAPPROVE -> s == ApprovalStatus.REJECTED ? Decision.refused(ApprovalRefusal.WRONG_STATE)
                    : s == ApprovalStatus.PENDING ? Decision.to(s)
                    : r.periodLocked() ? Decision.refused(ApprovalRefusal.PERIOD_LOCKED) : Decision.to(ApprovalStatus.PENDING);
            default -> throw new IllegalArgumentException("not a decision on an expense: " + r.action());
        };
    }
}
