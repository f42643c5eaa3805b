package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code FrozenPeriodEntity} as it was at model version 3 (new in it), frozen: upgrade tasks migrate with this copy,
 * never with the live entity. Never edit.
 */
@Preload
@Table("FROZEN_PERIOD")
public interface FrozenPeriodEntityV3 extends Entity {
    String FREEZE_KEY = "FREEZE_KEY";
    String BUDGET_ID = "BUDGET_ID";
    String PERIOD_KEY = "PERIOD_KEY";
    String ALLOWANCE_SECONDS = "ALLOWANCE_SECONDS";
    String ALLOWANCE_MINOR = "ALLOWANCE_MINOR";
    String CARRIED_IN_SECONDS = "CARRIED_IN_SECONDS";
    String USED_SECONDS = "USED_SECONDS";
    String CARRIED_OUT_SECONDS = "CARRIED_OUT_SECONDS";

    @NotNull
    @Unique
    @StringLength(64)
    String getFreezeKey();

    void setFreezeKey(String key);

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** {@code YYYY-MM} or {@code YYYY-Qn}. */
    @NotNull
    @StringLength(16)
    String getPeriodKey();

    void setPeriodKey(String key);

    @NotNull
    long getAllowanceSeconds();

    void setAllowanceSeconds(long seconds);

    Long getAllowanceMinor();

    void setAllowanceMinor(Long minor);

    @NotNull
    long getCarriedInSeconds();

    void setCarriedInSeconds(long seconds);

    @NotNull
    long getUsedSeconds();

    void setUsedSeconds(long seconds);

    @NotNull
    long getCarriedOutSeconds();

    void setCarriedOutSeconds(long seconds);
}
