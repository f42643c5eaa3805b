package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code RetainerTermsEntity} as it was at model version 3 (new in it), frozen: upgrade tasks migrate with this copy,
 * never with the live entity. Never edit.
 */
@Preload
@Table("RETAINER_TERMS")
public interface RetainerTermsEntityV3 extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String PERIOD_KIND = "PERIOD_KIND";
    String ALLOWANCE_SECONDS = "ALLOWANCE_SECONDS";
    String ALLOWANCE_MINOR = "ALLOWANCE_MINOR";
    String ROLLOVER_RULE = "ROLLOVER_RULE";
    String ROLLOVER_CAP_SECONDS = "ROLLOVER_CAP_SECONDS";

    @NotNull
    @Unique
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** {@code MONTHLY} or {@code QUARTERLY}. */
    @NotNull
    @StringLength(16)
    String getPeriodKind();

    void setPeriodKind(String kind);

    @NotNull
    long getAllowanceSeconds();

    void setAllowanceSeconds(long seconds);

    /** The fee of a full period in minor units; null when the retainer is sold in hours only. */
    Long getAllowanceMinor();

    void setAllowanceMinor(Long minor);

    /** {@code NONE}, {@code CARRY_OVER} or {@code BORROW}. */
    @NotNull
    @StringLength(16)
    String getRolloverRule();

    void setRolloverRule(String rule);

    /** 0 for {@code NONE}. */
    @NotNull
    long getRolloverCapSeconds();

    void setRolloverCapSeconds(long seconds);
}
