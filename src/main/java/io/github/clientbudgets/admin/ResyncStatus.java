package io.github.clientbudgets.admin;

import io.github.clientbudgets.timeentry.ResyncStateEntity;

import java.time.Instant;

/** The resync's state for the admin page (an immutable view: templates call only its allowlisted getters). */
public final class ResyncStatus {
    private final boolean running;
    private final long issuesDone;
    private final String finishedAt;

    private ResyncStatus(boolean running, long issuesDone, String finishedAt) {
        this.running = running;
        this.issuesDone = issuesDone;
        this.finishedAt = finishedAt;
    }

    public static ResyncStatus of(ResyncStateEntity state) {
        return new ResyncStatus("RUNNING".equals(state.getStatus()), state.getIssuesDone(),
                state.getFinishedAt() == 0 ? "" : Instant.ofEpochMilli(state.getFinishedAt()).toString());
    }

    public boolean isRunning() {
        return running;
    }

    public long getIssuesDone() {
        return issuesDone;
    }

    public String getFinishedAt() {
        return finishedAt;
    }
}
