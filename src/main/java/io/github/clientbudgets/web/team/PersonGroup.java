package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;

import java.util.List;

/** One person's entries within a budget on the Approvals page, with their hours. */
public final class PersonGroup {
    private final String authorName;
    private final List<EntryRow> entries;
    private final Formats formats;

    public PersonGroup(String authorName, List<EntryRow> entries, Formats formats) {
        this.formats = formats;
        this.authorName = authorName;
        this.entries = List.copyOf(entries);
    }

    public String getAuthorName() {
        return authorName == null ? "" : authorName;
    }

    public List<EntryRow> getEntries() {
        return entries;
    }

    public int getCount() {
        return entries.size();
    }

    public String getHours() {
        return formats.hours(entries.stream().mapToLong(e -> e.entry().seconds()).sum());
    }
}
