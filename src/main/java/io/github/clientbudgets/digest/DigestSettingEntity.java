package io.github.clientbudgets.digest;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A budget's client digest setting: how often its client recipients are mailed its figures. One row per budget (the
 * unique budget id); no row means off.
 */
@Preload
@Table("DIGEST_SETTING")
public interface DigestSettingEntity extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String FREQUENCY = "FREQUENCY";

    @Unique
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** {@link DigestFrequency}'s name: OFF, MONTHLY or WEEKLY. */
    @NotNull
    @StringLength(16)
    String getFrequency();

    void setFrequency(String frequency);
}
