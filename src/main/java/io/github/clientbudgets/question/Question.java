package io.github.clientbudgets.question;

import java.time.Instant;

/**
 * A client's question on one time entry of a budget, as the client wrote it.
 *
 * @param clientKey  who asked (the client's user key)
 * @param requestKey the key of the JSM request raised for it on the client's behalf, or null (no service desk, or
 *                   JSM refused: the question is then kept by the app and mailed to the budget owner)
 * @param answeredBy the team member who closed it, null while open
 */
public record Question(long id, long budgetId, long entryId, String clientKey, QuestionState state, String message,
                       String answer, Instant createdAt, String answeredBy, Instant answeredAt, String requestKey) {

    public boolean open() {
        return state == QuestionState.OPEN;
    }
}
