package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.approval.ApprovalStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The app's record of one worklog. {@code serviceId} is the attributed service; the approved* fields are the
 * published snapshot (null until first approved). {@code workDay} is the worklog's start day in its own calendar;
 * {@code approvedDay} is written (as the approved month) but not read back: the store keeps only the month.
 */
public record TimeEntry(long id, long worklogId, long issueId, Long parentIssueId, long projectId, String authorKey,
                        Instant started, LocalDate workDay, long seconds, Long serviceId, Long explicitServiceId,
                        boolean billable, ApprovalStatus status, String clientNote, Long approvedSeconds,
                        Instant approvedStarted, LocalDate approvedDay, Long approvedServiceId,
                        Boolean approvedBillable) {
}
