package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code ServiceEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("SERVICE")
public interface ServiceEntityV3 extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String NAME = "NAME";
    String BILLING = "BILLING";
    String BUDGETED_SECONDS = "BUDGETED_SECONDS";
    String RATE_MINOR = "RATE_MINOR";
    String COST_RATE_MINOR = "COST_RATE_MINOR";
    String DEFAULT_SERVICE = "DEFAULT_SERVICE";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(16)
    String getBilling();

    void setBilling(String billing);

    Long getBudgetedSeconds();

    void setBudgetedSeconds(Long seconds);

    Long getRateMinor();

    void setRateMinor(Long rateMinor);

    Long getCostRateMinor();

    void setCostRateMinor(Long costRateMinor);

    boolean isDefaultService();

    void setDefaultService(boolean defaultService);

    Integer getVersion();

    void setVersion(Integer version);
}
