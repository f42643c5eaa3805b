package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.question.Question;

/** Questions as JSON: the client's view leaves out who in the team answered; the team's names both sides. */
public class QuestionJsonMapper {

    public QuestionJson forClient(Question q) {
        return json(q, false);
    }

    public QuestionJson forTeam(Question q) {
        return json(q, true);
    }

    private static QuestionJson json(Question q, boolean team) {
        return new QuestionJson(q.id(), q.budgetId(), q.entryId(), q.state().name(), q.message(), q.answer(),
                q.createdAt().toString(), q.answeredAt() == null ? null : q.answeredAt().toString(), q.requestKey(),
                team ? q.clientKey() : null, team ? q.answeredBy() : null);
    }
}
