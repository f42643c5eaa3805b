package io.github.clientbudgets.service;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A line of a budget (table AO_xxxxxx_SERVICE). Rates in minor units of the budget's currency, hours as seconds. */
@Preload
@Table("SERVICE")
public interface ServiceEntity extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String NAME = "NAME";
    String BILLING = "BILLING";
    String BUDGETED_SECONDS = "BUDGETED_SECONDS";
    String RATE_MINOR = "RATE_MINOR";
    String COST_RATE_MINOR = "COST_RATE_MINOR";
    /** Not "DEFAULT": a reserved word in every database Jira supports. */
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

    /** {@code HOURLY}, {@code FIXED} or {@code NON_BILLABLE}. */
    @NotNull
    @StringLength(16)
    String getBilling();

    void setBilling(String billing);

    Long getBudgetedSeconds();

    void setBudgetedSeconds(Long seconds);

    /** HOURLY: price per hour; FIXED: the service's price. Minor units. */
    Long getRateMinor();

    void setRateMinor(Long rateMinor);

    /** Internal: never shown to clients. */
    Long getCostRateMinor();

    void setCostRateMinor(Long costRateMinor);

    boolean isDefaultService();

    void setDefaultService(boolean defaultService);

    /**
     * Counts the row's changes (optimistic concurrency): every write raises it with one conditional UPDATE in
     * {@code AoBudgetStore}; null on rows older than the column, read as 0.
     */
    Integer getVersion();

    void setVersion(Integer version);
}
