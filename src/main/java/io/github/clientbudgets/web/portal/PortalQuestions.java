package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.question.Question;
import io.github.clientbudgets.question.QuestionState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions part of the portal's Time tab: the state of the client's latest question on each entry, whether he
 * may ask about an entry (no open question on it), and his "Questions" list. Off in a PM's preview (nobody asks there).
 */
public final class PortalQuestions {
    private final boolean enabled;
    private final long budgetId;
    private final Map<Long, Question> latestByEntry = new LinkedHashMap<>();
    private final List<PortalQuestionView> list;

    /** @param questions the client's questions on the budget, newest first */
    PortalQuestions(boolean enabled, long budgetId, List<Question> questions, List<PortalQuestionView> list) {
        this.enabled = enabled;
        this.budgetId = budgetId;
        for (Question q : questions) {
            latestByEntry.putIfAbsent(q.entryId(), q);
        }
        this.list = list;
    }

    static PortalQuestions off() {
        return new PortalQuestions(false, 0, List.of(), List.of());
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getBudgetId() {
        return budgetId;
    }

    /** The i18n key of the state of the client's latest question on the entry, or "" if he asked none. */
    public String getStateKey(long entryId) {
        Question q = latestByEntry.get(entryId);
        return q == null ? "" : "client-budgets.question.state." + q.state().name();
    }

    /** Whether the client may ask about the entry now: no question of his on it is open. */
    public boolean isAskable(long entryId) {
        Question q = latestByEntry.get(entryId);
        return enabled && (q == null || q.state() != QuestionState.OPEN);
    }

    public List<PortalQuestionView> getList() {
        return list;
    }

    public boolean isHasList() {
        return !list.isEmpty();
    }
}
