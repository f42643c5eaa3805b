package io.github.clientbudgets.access;

import java.util.List;

/**
 * The outcome of the visibility rule for one user and one budget: whether he sees it at all, which entries and
 * fields, and why (each condition, for the access explainer). Invisible means 404 to the client.
 */
public record ClientView(boolean visible, boolean approvedOnly, boolean personNames, boolean comments,
                         List<Condition> conditions) {

    /** One condition of the rule, met or not, with the i18n key that explains it. */
    public record Condition(String i18nKey, boolean met) {
    }

    public static ClientView invisible(List<Condition> conditions) {
        return new ClientView(false, true, false, false, List.copyOf(conditions));
    }
}
