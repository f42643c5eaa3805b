package io.github.clientbudgets.web.issuepanel;

import io.github.clientbudgets.web.team.EntryRow;

import java.util.List;

/** The issue view's Budgets panel: the issue's service and, for those who may change it, the choices. */
public final class IssuePanelView {
    private final String baseUrl;
    private final String issueKey;
    private final String serviceName;
    private final List<IssueServiceChoice> choices;
    private final boolean canAssign;
    private final List<EntryRow> entries;

    public IssuePanelView(String baseUrl, String issueKey, String serviceName, List<IssueServiceChoice> choices,
                          boolean canAssign) {
        this(baseUrl, issueKey, serviceName, choices, canAssign, List.of());
    }

    public IssuePanelView(String baseUrl, String issueKey, String serviceName, List<IssueServiceChoice> choices,
                          boolean canAssign, List<EntryRow> entries) {
        this.entries = List.copyOf(entries);
        this.baseUrl = baseUrl;
        this.issueKey = issueKey;
        this.serviceName = serviceName;
        this.choices = List.copyOf(choices);
        this.canAssign = canAssign;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getServiceName() {
        return serviceName == null ? "" : serviceName;
    }

    public boolean isAssigned() {
        return serviceName != null;
    }

    public List<IssueServiceChoice> getChoices() {
        return choices;
    }

    public boolean isCanAssign() {
        return canAssign;
    }

    /** The approval state of the issue's worklogs (the rejection reason shows on the viewer's own only). */
    public List<EntryRow> getEntries() {
        return entries;
    }

    public boolean isHasEntries() {
        return !entries.isEmpty();
    }
}
