package io.github.clientbudgets.web.team;

import java.util.List;

/** One time entry's history below its row (Approvals, a budget's time): its changes as sentences, oldest first. */
public final class EntryHistory {
    private final List<HistoryView> events;

    public EntryHistory(List<HistoryView> events) {
        this.events = List.copyOf(events);
    }

    /** Oldest first: the entry's way through review reads in the order it happened. */
    public List<HistoryView> getEvents() {
        return events;
    }

    public boolean isHasEvents() {
        return !events.isEmpty();
    }
}
