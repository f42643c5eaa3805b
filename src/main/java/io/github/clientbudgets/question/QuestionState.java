package io.github.clientbudgets.question;

/**
 * Where a client's question on a time entry stands: open until the team closes it, by confirming the entry as it is
 * (with an answer) or by correcting it (a new revision of the entry, which the client sees once it is approved).
 */
public enum QuestionState {
    OPEN,
    CONFIRMED,
    CORRECTED
}
