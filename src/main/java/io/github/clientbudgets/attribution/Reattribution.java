package io.github.clientbudgets.attribution;

/**
 * Applies the attribution rule again to the time already recorded on an issue and its sub-tasks, after its
 * assignment changed. The time entries belong to package {@code timeentry}, which builds on attribution: it
 * implements this rather than being called by name.
 */
public interface Reattribution {
    void reattributeIssue(long issueId);
}
