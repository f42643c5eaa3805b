package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen at model version 3 (never edited).
 * A client who asked to receive no more mails about a budget (its digest and its client alerts). One row per user
 * and budget: the unique key "budgetId:userKey" keeps two clicks of the same link, on two nodes, to one row.
 */
@Preload
@Table("CLIENT_UNSUB")
public interface ClientUnsubscribeEntityV3 extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String USER_KEY = "USER_KEY";
    String UNSUB_KEY = "UNSUB_KEY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** "budgetId:userKey", unique (AO makes a unique column NOT NULL: every insert sets it). */
    @Unique
    @StringLength(300)
    String getUnsubKey();

    void setUnsubKey(String unsubKey);

    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
