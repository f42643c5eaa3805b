package io.github.clientbudgets.review;

/** Why an action was refused; each has an i18n key so the UI and the bulk endpoints can say it. */
public enum ApprovalRefusal {
    NOT_AN_APPROVER("client-budgets.approval.refused.not-approver"),
    OWN_ENTRY("client-budgets.approval.refused.own-entry"),
    REASON_REQUIRED("client-budgets.approval.refused.reason-required"),
    PERIOD_LOCKED("client-budgets.approval.refused.period-locked"),
    WRONG_STATE("client-budgets.approval.refused.wrong-state"),
    ENTRY_REMOVED("client-budgets.approval.refused.removed"),
    /** No such entry, or one the caller may not even see: the bulk answer's "404". */
    NOT_FOUND("client-budgets.approval.refused.not-found"),
    /** The entry's budget doesn't require approval (or the entry counts against no budget). */
    NOT_UNDER_APPROVAL("client-budgets.approval.refused.not-under-approval");

    private final String i18nKey;

    ApprovalRefusal(String i18nKey) {
        this.i18nKey = i18nKey;
    }

    public String i18nKey() {
        return i18nKey;
    }
}
