package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The questions table as of model version 3 (frozen): a client's question on a time entry, unique QUESTION_KEY. */
@Preload
@Table("QUESTION")
public interface QuestionEntityV3 extends Entity {
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
