package io.github.clientbudgets.approval;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A locked month of a budget (table AO_xxxxxx_PERIOD_LOCK): its approved entries can't be unapproved any more.
 * {@code LOCK_KEY} ("budgetId:yyyymm") is unique, so two nodes locking the same month at once end with one row.
 */
@Preload
@Table("PERIOD_LOCK")
public interface PeriodLockEntity extends Entity {
    String LOCK_KEY = "LOCK_KEY";
    String BUDGET_ID = "BUDGET_ID";
    String MONTH = "PERIOD_MONTH";
    String LOCKED_BY = "LOCKED_BY";
    String LOCKED_AT = "LOCKED_AT";

    @NotNull
    @Unique
    @StringLength(64)
    String getLockKey();

    void setLockKey(String lockKey);

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** yyyymm ("MONTH" is a reserved word in H2). */
    @NotNull
    int getPeriodMonth();

    void setPeriodMonth(int month);

    @StringLength(255)
    String getLockedBy();

    void setLockedBy(String userKey);

    Date getLockedAt();

    void setLockedAt(Date lockedAt);
}
