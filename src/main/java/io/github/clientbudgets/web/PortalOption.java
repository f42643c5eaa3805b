package io.github.clientbudgets.web;

/** A choice of the Time tab's service filter. */
public final class PortalOption {
    private final String value;
    private final String label;
    private final boolean selected;

    PortalOption(String value, String label, boolean selected) {
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
