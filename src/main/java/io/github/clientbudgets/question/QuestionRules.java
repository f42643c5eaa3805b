package io.github.clientbudgets.question;

import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;

/**
 * The rules of a question, plain Java: what a message and an answer may be, which question may still be closed, and
 * when an entry counts as corrected.
 */
public final class QuestionRules {
    /** A message or an answer: 1 to 2,000 characters once stripped, multi-line, no control characters. */
    public static final int MAX_TEXT = 2000;

    private QuestionRules() {
    }

    /** The client's message, stripped; a blank, too long or malformed one is an error on {@code message}. */
    public static String message(String text, Errors errors) {
        return required(text, "message", errors);
    }

    /** The team's answer, stripped; a blank, too long or malformed one is an error on {@code answer}. */
    public static String answer(String text, Errors errors) {
        return required(text, "answer", errors);
    }

    private static String required(String text, String field, Errors errors) {
        boolean before = errors.has(field);
        String value = InputPolicy.multiLine(text, field, MAX_TEXT, errors);
        if (value == null && !before && !errors.has(field)) {
            errors.add(field, "client-budgets.error.required");
        }
        return value;
    }

    /** Only an open question is closed; a closed one stays as it was closed (409 on {@code state}). */
    public static void requireOpen(Question question) {
        if (!question.open()) {
            throw new ConflictException("state", "client-budgets.question.error.closed");
        }
    }

    /**
     * Correcting means a new revision the client sees once approved. Under approval the entry must therefore carry
     * one: a pending revision of an approved entry (the worklog was edited or deleted in Jira), or the entry is
     * pending again. Without approval the client sees live worklogs, so an edit in Jira is the correction already.
     * Otherwise 409 on {@code entryId}: edit the worklog first.
     */
    public static void requireCorrection(boolean approvalRequired, EntryState entry) {
        if (approvalRequired && !(entry.hasPendingRevision() || entry.status() == ApprovalStatus.PENDING)) {
            throw new ConflictException("entryId", "client-budgets.question.error.no-revision");
        }
    }
}
