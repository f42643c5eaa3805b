package io.github.clientbudgets.web.portal;

/** One condition of the visibility rule, for the access explainer and a refused preview. */
public final class AccessConditionView {
    private final String textKey;
    private final boolean met;

    public AccessConditionView(String textKey, boolean met) {
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
