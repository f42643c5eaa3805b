package io.github.clientbudgets.budget;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A budget of one Jira project (table AO_xxxxxx_BUDGET). Money is kept exact as minor units of the budget's
 * currency (cents for EUR); hours as seconds; dates as ISO-8601 strings ("2026-11-02"), which sort as dates and
 * carry no time zone. The domain works on {@link Budget}; this interface stays behind {@link AoBudgetStore}.
 */
@Preload
@Table("BUDGET")
public interface BudgetEntity extends Entity {
    String PROJECT_ID = "PROJECT_ID";
    String NAME = "NAME";
    String TYPE = "TYPE";
    String CURRENCY = "CURRENCY";
    String START_DATE = "START_DATE";
    String END_DATE = "END_DATE";
    String TOTAL_AMOUNT_MINOR = "TOTAL_AMOUNT_MINOR";
    String TOTAL_SECONDS = "TOTAL_SECONDS";
    String OWNER_KEY = "OWNER_KEY";
    String STATUS = "STATUS";
    String APPROVAL_REQUIRED = "APPROVAL_REQUIRED";
    String CLIENT_ACCESS = "CLIENT_ACCESS";
    String SHOW_PERSON_NAMES = "SHOW_PERSON_NAMES";
    String SHOW_COMMENTS = "SHOW_COMMENTS";
    String SHOW_FORECAST = "SHOW_FORECAST";
    String ALERT_WARN_PERCENT = "ALERT_WARN_PERCENT";
    String ALERT_CRITICAL_PERCENT = "ALERT_CRITICAL_PERCENT";
    String DELETED = "DELETED";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** {@code FIXED_PRICE}, {@code TIME_AND_MATERIALS}, {@code RETAINER} or {@code NON_BILLABLE}. */
    @NotNull
    @StringLength(32)
    String getType();

    void setType(String type);

    /** ISO 4217 code. */
    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    @StringLength(10)
    String getStartDate();

    void setStartDate(String startDate);

    @StringLength(10)
    String getEndDate();

    void setEndDate(String endDate);

    /** Total amount in minor units of the currency; null when the budget has no amount. */
    Long getTotalAmountMinor();

    void setTotalAmountMinor(Long totalAmountMinor);

    /** Total hours as seconds; null when the budget has no hour limit. */
    Long getTotalSeconds();

    void setTotalSeconds(Long totalSeconds);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** {@code OPEN} or {@code CLOSED}. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    boolean isApprovalRequired();

    void setApprovalRequired(boolean approvalRequired);

    boolean isClientAccess();

    void setClientAccess(boolean clientAccess);

    boolean isShowPersonNames();

    void setShowPersonNames(boolean showPersonNames);

    boolean isShowComments();

    void setShowComments(boolean showComments);

    /** Whether the client sees the approved-only forecast; off for budgets from before the column existed. */
    @Default("false")
    boolean isShowForecast();

    void setShowForecast(boolean showForecast);

    Integer getAlertWarnPercent();

    void setAlertWarnPercent(Integer percent);

    Integer getAlertCriticalPercent();

    void setAlertCriticalPercent(Integer percent);

    /**
     * Counts the row's changes (optimistic concurrency): raised by every full update and toggle with one conditional
     * UPDATE ({@link AoBudgetStore#claimBudgetVersion}, {@link AoBudgetStore#setBudgetFlag}); null on rows older
     * than the column, read as 0.
     */
    Integer getVersion();

    void setVersion(Integer version);

    /** Soft delete: the row and its audit stay. */
    @Indexed
    boolean isDeleted();

    void setDeleted(boolean deleted);
}
