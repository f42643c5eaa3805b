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
 * One digest mailed: a budget's period to one recipient. The unique key "budgetId:period:userKey" is what makes the
 * digest go out once: a node mails only after its insert of the row commits, so two nodes (or a run after a
 * restart) racing for the same digest end with one row and one mail.
 */
@Preload
@Table("DIGEST_SENT")
public interface DigestSentEntityV3 extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String PERIOD = "PERIOD";
    String USER_KEY = "USER_KEY";
    String SENT_KEY = "SENT_KEY";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** "YYYY-MM" or "YYYY-Www" (ISO week). */
    @NotNull
    @StringLength(16)
    String getPeriod();

    void setPeriod(String period);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** "budgetId:period:userKey", unique (AO makes a unique column NOT NULL: every insert sets it). */
    @Unique
    @StringLength(320)
    String getSentKey();

    void setSentKey(String sentKey);

    long getSentAt();

    void setSentAt(long sentAt);
}
