package io.github.clientbudgets.question;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.common.AoSql;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link QuestionStore} on Active Objects; the unique question key keeps one open question per entry and client. */
public class AoQuestionStore implements QuestionStore {
    private static final int IN_CHUNK = 500;
    private final ActiveObjects ao;

    public AoQuestionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    static String openKey(long entryId, String clientKey) {
        return entryId + ":" + clientKey;
    }

    @Override
    public Question create(long budgetId, long entryId, String clientKey, String message, Instant createdAt) {
        QuestionEntity row = ao.create(QuestionEntity.class,
                new DBParam(QuestionEntity.BUDGET_ID, budgetId),
                new DBParam(QuestionEntity.ENTRY_ID, entryId),
                new DBParam(QuestionEntity.CLIENT_KEY, clientKey),
                new DBParam(QuestionEntity.STATE, QuestionState.OPEN.name()),
                new DBParam(QuestionEntity.MESSAGE, message),
                new DBParam(QuestionEntity.CREATED_AT, createdAt.toEpochMilli()),
                new DBParam(QuestionEntity.QUESTION_KEY, openKey(entryId, clientKey)));
        return toQuestion(row);
    }

    @Override
    public Optional<Question> byId(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(QuestionEntity.class, (int) id)).map(AoQuestionStore::toQuestion);
    }

    @Override
    public Optional<Question> openOf(long entryId, String clientKey) {
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select()
                        .where(QuestionEntity.QUESTION_KEY + " = ?", openKey(entryId, clientKey))))
                .map(AoQuestionStore::toQuestion).findFirst();
    }

    @Override
    public List<Question> ofBudget(long budgetId) {
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select()
                        .where(QuestionEntity.BUDGET_ID + " = ?", budgetId).order("ID DESC")))
                .map(AoQuestionStore::toQuestion).toList();
    }

    @Override
    public List<Question> ofBudget(long budgetId, String clientKey) {
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select()
                        .where(QuestionEntity.BUDGET_ID + " = ? AND " + QuestionEntity.CLIENT_KEY + " = ?", budgetId, clientKey)
                        .order("ID DESC")))
                .map(AoQuestionStore::toQuestion).toList();
    }

    @Override
    public List<Question> openOn(Collection<Long> entryIds) {
        List<Long> ids = entryIds.stream().distinct().toList();
        List<Question> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            List<Object> params = new ArrayList<>(chunk);
            params.add(QuestionState.OPEN.name());
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            Arrays.stream(ao.find(QuestionEntity.class, Query.select().where(QuestionEntity.ENTRY_ID + " IN (" + in
                    + ") AND " + QuestionEntity.STATE + " = ?", params.toArray()).order("ID")))
                    .map(AoQuestionStore::toQuestion).forEach(found::add);
        }
        return found;
    }

    @Override
    public boolean close(long id, QuestionState to, String answer, String answeredBy, Instant answeredAt) {
        QuestionEntity row = id <= 0 || id > Integer.MAX_VALUE ? null : ao.get(QuestionEntity.class, (int) id);
        if (row == null) {
            return false;
        }
        AoSql q = AoSql.of(row);
        // one statement, guarded by the state; the closed key frees the open one, so the client may ask again
        int changed = q.update("UPDATE " + q.table(QuestionEntity.class) + " SET " + q.col(QuestionEntity.STATE) + " = ?, "
                        + q.col(QuestionEntity.ANSWER) + " = ?, " + q.col(QuestionEntity.ANSWERED_BY) + " = ?, "
                        + q.col(QuestionEntity.ANSWERED_AT) + " = ?, " + q.col(QuestionEntity.QUESTION_KEY) + " = ? WHERE "
                        + q.col("ID") + " = ? AND " + q.col(QuestionEntity.STATE) + " = ?",
                List.of(to.name(), answer, answeredBy, answeredAt.toEpochMilli(),
                        openKey(row.getEntryId(), row.getClientKey()) + ":" + row.getID(), row.getID(),
                        QuestionState.OPEN.name()));
        ao.flushAll(); // AO may cache row values in entities it handed out: drop them after SQL behind its back
        return changed == 1;
    }

    @Override
    public void setRequestKey(long id, String requestKey) {
        QuestionEntity row = id <= 0 || id > Integer.MAX_VALUE ? null : ao.get(QuestionEntity.class, (int) id);
        if (row != null) {
            row.setRequestKey(requestKey);
            row.save();
        }
    }

    static Question toQuestion(QuestionEntity e) {
        Long answeredAt = e.getAnsweredAt();
        return new Question(e.getID(), e.getBudgetId(), e.getEntryId(), e.getClientKey(),
                QuestionState.valueOf(e.getState()), e.getMessage(), e.getAnswer(), Instant.ofEpochMilli(e.getCreatedAt()),
                e.getAnsweredBy(), answeredAt == null ? null : Instant.ofEpochMilli(answeredAt), e.getRequestKey());
    }
}
