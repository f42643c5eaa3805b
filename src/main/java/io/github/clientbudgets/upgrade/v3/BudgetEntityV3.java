package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code BudgetEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("BUDGET")
public interface BudgetEntityV3 extends Entity {
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

    @NotNull
    @StringLength(32)
    String getType();

    void setType(String type);

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

    Long getTotalAmountMinor();

    void setTotalAmountMinor(Long totalAmountMinor);

    Long getTotalSeconds();

    void setTotalSeconds(Long totalSeconds);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

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

    Integer getVersion();

    void setVersion(Integer version);

    @Indexed
    boolean isDeleted();

    void setDeleted(boolean deleted);
}
