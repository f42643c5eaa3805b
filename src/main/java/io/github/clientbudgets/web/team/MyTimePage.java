package io.github.clientbudgets.web.team;

import java.util.List;

/** My time: the caller's own newest entries, rejected ones first (with the reason and who rejected). */
public final class MyTimePage {
    private final String baseUrl;
    private final List<EntryRow> rejected;
    private final List<EntryRow> others;

    public MyTimePage(String baseUrl, List<EntryRow> rejected, List<EntryRow> others) {
        this.baseUrl = baseUrl;
        this.rejected = List.copyOf(rejected);
        this.others = List.copyOf(others);
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public List<EntryRow> getRejected() {
        return rejected;
    }

    public boolean isHasRejected() {
        return !rejected.isEmpty();
    }

    public List<EntryRow> getOthers() {
        return others;
    }

    public boolean isHasOthers() {
        return !others.isEmpty();
    }
}
