package io.github.clientbudgets.question;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where questions are kept. Writes are single statements; the service runs them in its transactions. */
public interface QuestionStore {
    /**
     * A new open question. @throws RuntimeException when the client already holds an open question on the entry (the
     * unique key refuses the row; on PostgreSQL the surrounding transaction is then unusable)
     */
    Question create(long budgetId, long entryId, String clientKey, String message, Instant createdAt);

    Optional<Question> byId(long id);

    /** The client's open question on the entry, if any. */
    Optional<Question> openOf(long entryId, String clientKey);

    /** A budget's questions, newest first. */
    List<Question> ofBudget(long budgetId);

    /** One client's questions on a budget, newest first. */
    List<Question> ofBudget(long budgetId, String clientKey);

    /** The open questions on any of these entries (the team's lists mark those entries). */
    List<Question> openOn(java.util.Collection<Long> entryIds);

    /**
     * Closes an open question: one compare-and-set on the state, so of two team members closing it at once exactly
     * one wins. @return false when it was no longer open
     */
    boolean close(long id, QuestionState to, String answer, String answeredBy, Instant answeredAt);

    void setRequestKey(long id, String requestKey);
}
