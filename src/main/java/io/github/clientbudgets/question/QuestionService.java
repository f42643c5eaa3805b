package io.github.clientbudgets.question;

import io.github.clientbudgets.portal.Portal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Questions on time entries: clients ask about entries they see on a budget's Time tab, the team closes them. Every
 * method checks the caller first: a client reaches only budgets the visibility rule shows him (else 404), the team
 * only budgets it may see (else 404) and closes questions only as an approver of the budget (else 403).
 */
public interface QuestionService {
    /** The outcome of asking: the question, and whether this request made it (false: it was open already). */
    record Asked(Question question, boolean created) {
    }

    /**
     * Asks about one entry of the budget's Time tab. A second ask while the client's question on the entry is open
     * answers that question (a double submit makes one question).
     */
    Asked ask(String caller, long budgetId, long entryId, String message);

    /** The caller's own questions on a budget he sees as a client, newest first. */
    List<Question> mine(String caller, long budgetId);

    /**
     * The questions a portal page shows: those of the client it is opened for (the caller, or in a PM's preview the
     * previewed client; a generic client has none), newest first. The {@link Portal} proves the visibility rule
     * said yes for that viewer.
     */
    List<Question> shownIn(Portal portal, String caller);

    /** A budget's questions for its team, newest first. */
    List<Question> ofBudget(String caller, long budgetId);

    /** Closes an open question, the entry being right as it is. */
    Question confirm(String caller, long questionId, String answer);

    /** Closes an open question, the entry being corrected by a new revision (see {@link QuestionRules#requireCorrection}). */
    Question correct(String caller, long questionId, String answer);

    /** The open questions on these entries, by entry (the team's lists mark them; the caller already sees the entries). */
    Map<Long, List<Question>> openOn(Collection<Long> entryIds);
}
