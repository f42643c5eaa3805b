package io.github.clientbudgets.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every decision on an expense, as a table: who acts, on what, in which month, and what comes of it. */
class ExpenseApprovalRulesTest {

    @ParameterizedTest(name = "{0} {1} approver={3} own={4} locked={5} reason={6} -> {7}")
    @CsvSource(nullValues = "-", value = {
            // action,  status,   approvalRequired, approver, own, locked, reason, outcome
            "APPROVE,   PENDING,  true,  true,  false, false, -,  APPROVED",
            "APPROVE,   REJECTED, true,  true,  false, false, -,  APPROVED",
            "APPROVE,   APPROVED, true,  true,  false, false, -,  APPROVED",
            "APPROVE,   APPROVED, true,  true,  false, true,  -,  APPROVED",
            "APPROVE,   PENDING,  true,  true,  false, true,  -,  PERIOD_LOCKED",
            "APPROVE,   PENDING,  true,  false, false, false, -,  NOT_AN_APPROVER",
            "APPROVE,   PENDING,  true,  true,  true,  false, -,  OWN_ENTRY",
            "APPROVE,   PENDING,  false, true,  false, false, -,  NOT_UNDER_APPROVAL",
            "REJECT,    PENDING,  true,  true,  false, false, why, REJECTED",
            "REJECT,    PENDING,  true,  true,  false, true,  why, REJECTED",
            "REJECT,    REJECTED, true,  true,  false, false, why, REJECTED",
            "REJECT,    APPROVED, true,  true,  false, false, why, WRONG_STATE",
            "REJECT,    PENDING,  true,  true,  false, false, -,   REASON_REQUIRED",
            "REJECT,    PENDING,  true,  true,  false, false, ' ', REASON_REQUIRED",
            "REJECT,    PENDING,  true,  true,  true,  false, why, OWN_ENTRY",
            "UNAPPROVE, APPROVED, true,  true,  false, false, -,  PENDING",
            "UNAPPROVE, APPROVED, true,  true,  false, true,  -,  PERIOD_LOCKED",
            "UNAPPROVE, PENDING,  true,  true,  false, false, -,  PENDING",
            "UNAPPROVE, REJECTED, true,  true,  false, false, -,  WRONG_STATE",
            "UNAPPROVE, APPROVED, true,  false, false, false, -,  NOT_AN_APPROVER",
    })
    void decides(ApprovalAction action, ApprovalStatus status, boolean approvalRequired, boolean approver, boolean own,
                 boolean locked, String reason, String outcome) {
        ExpenseApprovalRules.Decision d = ExpenseApprovalRules.decide(new ExpenseApprovalRules.Request(action, status,
                approvalRequired, approver, own, locked, reason));
        assertEquals(outcome, d.refusal() != null ? d.refusal().name() : d.next().name());
    }
}
