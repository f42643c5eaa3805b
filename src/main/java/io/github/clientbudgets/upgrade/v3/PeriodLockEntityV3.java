package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * {@code PeriodLockEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("PERIOD_LOCK")
public interface PeriodLockEntityV3 extends Entity {
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

    @NotNull
    int getPeriodMonth();

    void setPeriodMonth(int month);

    @StringLength(255)
    String getLockedBy();

    void setLockedBy(String userKey);

    Date getLockedAt();

    void setLockedAt(Date lockedAt);
}
