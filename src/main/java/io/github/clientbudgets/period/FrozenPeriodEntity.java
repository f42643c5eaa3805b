package io.github.clientbudgets.period;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The figures a locked retainer period keeps (table AO_xxxxxx_FROZEN_PERIOD). {@code FREEZE_KEY}
 * ("budgetId:period", e.g. "7:2026-03" or "7:2026-Q1") is unique, so two nodes freezing the same period end with
 * one row. Remaining is not stored: it is allowance + carried in - used.
 */
@Preload
@Table("FROZEN_PERIOD")
public interface FrozenPeriodEntity extends Entity {
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
