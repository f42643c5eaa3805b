package io.github.clientbudgets.web.issuepanel;

/** One service the issue panel offers: "Budget / Service". */
public final class IssueServiceChoice {
    private final long id;
    private final String label;
    private final boolean selected;

    public IssueServiceChoice(long id, String label, boolean selected) {
        this.id = id;
        this.label = label;
        this.selected = selected;
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
