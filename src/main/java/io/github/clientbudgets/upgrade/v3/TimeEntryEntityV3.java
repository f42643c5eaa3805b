package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * {@code TimeEntryEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("TIME_ENTRY")
@Indexes({
        @Index(name = "service_day", methodNames = {"getServiceId", "getWorkDay"}),
        @Index(name = "approved_service_day", methodNames = {"getApprovedServiceId", "getApprovedDay"})
})
public interface TimeEntryEntityV3 extends Entity {
    String WORKLOG_ID = "WORKLOG_ID";
    String ISSUE_ID = "ISSUE_ID";
    String PARENT_ISSUE_ID = "PARENT_ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STARTED = "STARTED";
    String WORK_DAY = "WORK_DAY";
    String WORK_MONTH = "WORK_MONTH";
    String SECONDS = "SECONDS";
    String SERVICE_ID = "SERVICE_ID";
    String EXPLICIT_SERVICE_ID = "EXPLICIT_SERVICE_ID";
    String BILLABLE = "BILLABLE";
    String STATUS = "STATUS";
    String CLIENT_NOTE = "CLIENT_NOTE";
    String APPROVED_SECONDS = "APPROVED_SECONDS";
    String APPROVED_STARTED = "APPROVED_STARTED";
    String APPROVED_MONTH = "APPROVED_MONTH";
    String APPROVED_SERVICE_ID = "APPROVED_SERVICE_ID";
    String APPROVED_BILLABLE = "APPROVED_BILLABLE";
    String APPROVED_DAY = "APPROVED_DAY";
    String APPROVED_COMMENT = "APPROVED_COMMENT";
    String COMMENT = "WORKLOG_COMMENT";
    String REVISION = "REVISION";
    String REVIEWER_KEY = "REVIEWER_KEY";
    String REVIEWED_AT = "REVIEWED_AT";
    String REJECTION_REASON = "REJECTION_REASON";

    @NotNull
    @Unique
    long getWorklogId();

    void setWorklogId(long worklogId);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @Indexed
    Long getParentIssueId();

    void setParentIssueId(Long parentIssueId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getStarted();

    void setStarted(Date started);

    @NotNull
    @Indexed
    int getWorkDay();

    void setWorkDay(int workDay);

    @NotNull
    int getWorkMonth();

    void setWorkMonth(int workMonth);

    @NotNull
    long getSeconds();

    void setSeconds(long seconds);

    @Indexed
    Long getServiceId();

    void setServiceId(Long serviceId);

    Long getExplicitServiceId();

    void setExplicitServiceId(Long serviceId);

    boolean isBillable();

    void setBillable(boolean billable);

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getClientNote();

    void setClientNote(String clientNote);

    Long getApprovedSeconds();

    void setApprovedSeconds(Long seconds);

    Date getApprovedStarted();

    void setApprovedStarted(Date started);

    Integer getApprovedMonth();

    void setApprovedMonth(Integer month);

    @Indexed
    Long getApprovedServiceId();

    void setApprovedServiceId(Long serviceId);

    Boolean getApprovedBillable();

    void setApprovedBillable(Boolean billable);

    @Indexed
    Integer getApprovedDay();

    void setApprovedDay(Integer day);

    @StringLength(StringLength.UNLIMITED)
    String getApprovedComment();

    void setApprovedComment(String comment);

    @StringLength(StringLength.UNLIMITED)
    String getWorklogComment();

    void setWorklogComment(String comment);

    @NotNull
    @StringLength(16)
    String getRevision();

    void setRevision(String revision);

    @StringLength(255)
    String getReviewerKey();

    void setReviewerKey(String reviewerKey);

    Date getReviewedAt();

    void setReviewedAt(Date reviewedAt);

    @StringLength(StringLength.UNLIMITED)
    String getRejectionReason();

    void setRejectionReason(String reason);
}
