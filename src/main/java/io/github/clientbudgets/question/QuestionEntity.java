package io.github.clientbudgets.question;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A client's question on a time entry (table AO_xxxxxx_QUESTION). {@code QUESTION_KEY} is unique: while the question
 * is open it is "entryId:clientKey" (so a client holds at most one open question per entry, whatever two nodes do at
 * once), once closed "entryId:clientKey:questionId" (so the client may ask again). AO makes a unique column NOT NULL:
 * every insert sets it.
 */
@Preload
@Table("QUESTION")
public interface QuestionEntity extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String ENTRY_ID = "ENTRY_ID";
    String CLIENT_KEY = "CLIENT_KEY";
    String STATE = "STATE";
    String MESSAGE = "MESSAGE";
    String ANSWER = "ANSWER";
    String CREATED_AT = "CREATED_AT";
    String ANSWERED_BY = "ANSWERED_BY";
    String ANSWERED_AT = "ANSWERED_AT";
    String REQUEST_KEY = "REQUEST_KEY";
    String QUESTION_KEY = "QUESTION_KEY";

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    @NotNull
    @Indexed
    long getEntryId();

    void setEntryId(long entryId);

    @NotNull
    @StringLength(255)
    String getClientKey();

    void setClientKey(String clientKey);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @StringLength(StringLength.UNLIMITED)
    String getAnswer();

    void setAnswer(String answer);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @StringLength(255)
    String getAnsweredBy();

    void setAnsweredBy(String answeredBy);

    Long getAnsweredAt();

    void setAnsweredAt(Long answeredAt);

    @StringLength(255)
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    @Unique
    @StringLength(320)
    String getQuestionKey();

    void setQuestionKey(String questionKey);
}
