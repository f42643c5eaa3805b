package io.github.clientbudgets.portal;

import io.github.clientbudgets.access.ClientView;

import java.util.List;

/** The access explainer's answer: would this user see this budget as a client, and each condition of the rule. */
public record Explanation(String userKey, long budgetId, boolean visible, List<ClientView.Condition> conditions,
                          boolean approvedOnly, boolean personNames, boolean comments) {
}
