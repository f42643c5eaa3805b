package io.github.clientbudgets.approval;

import io.github.clientbudgets.timeentry.TimeEntry;

/** Tells an author that one of his entries was rejected (in Jira: an e-mail through Jira's mail queue). */
public interface RejectionNotifier {
    void rejected(TimeEntry entry, String issueKey, String reviewerKey, String reason);
}
