package io.github.clientbudgets.period;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A retainer budget's terms (table AO_xxxxxx_RETAINER_TERMS), one row per budget ({@code BUDGET_ID} is unique): the
 * period kind, the allowance of a full period in seconds and, optionally, in minor units of the budget's currency,
 * the rollover rule and its cap. The dates are the budget's own. Behind {@link AoRetainerTermsStore}.
 */
@Preload
@Table("RETAINER_TERMS")
public interface RetainerTermsEntity extends Entity {
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
