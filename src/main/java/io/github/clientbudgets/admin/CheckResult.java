package io.github.clientbudgets.admin;

/**
 * One line of the installation check: what was checked ({@code key}, whose title, explanation and fix come from the
 * i18n bundle as {@code client-budgets.check.<key>.*}), the outcome, and what was seen. An immutable view object:
 * templates call only its getters (allowlisted).
 */
public final class CheckResult {
    /** PASS: as the app assumes. WARN: works, with less (e.g. no JSM). FAIL: the app misbehaves here; see the fix. */
    public enum Outcome { PASS, WARN, FAIL }

    private final String key;
    private final Outcome outcome;
    private final String seen;

    CheckResult(String key, Outcome outcome, String seen) {
        this.key = key;
        this.outcome = outcome;
        this.seen = seen;
    }

    public String getKey() {
        return key;
    }

    public String getOutcome() {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPassed() {
        return outcome == Outcome.PASS;
    }

    public boolean isFailed() {
        return outcome == Outcome.FAIL;
    }

    /** What the check saw, in plain words or figures (escaped by the template like any text). */
    public String getSeen() {
        return seen;
    }

    public String getTitleKey() {
        return "client-budgets.check." + key + ".title";
    }

    /** The bundle key of the explanation for this outcome: what it means and, for a failure, what to do. */
    public String getTextKey() {
        return "client-budgets.check." + key + "." + getOutcome();
    }
}
