package io.github.clientbudgets.web;

/** One condition of the visibility rule, for the access explainer and a refused preview. */
public final class PortalCondition {
    private final String textKey;
    private final boolean met;

    public PortalCondition(String textKey, boolean met) {
        this.textKey = textKey;
        this.met = met;
    }

    public String getTextKey() {
        return textKey;
    }

    public boolean isMet() {
        return met;
    }
}
