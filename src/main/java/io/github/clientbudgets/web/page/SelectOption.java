package io.github.clientbudgets.web.page;

/** One choice of a filter's or a form's select: its value, its label (plain text) and whether it is chosen. */
public final class SelectOption {
    private final String value;
    private final String label;
    private final boolean selected;

    public SelectOption(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
