package io.github.clientbudgets.access;

import java.util.List;

/**
 * THE client visibility rule, in exactly one place: a client sees a budget if and only if he holds a
 * grant on its project, its Client Access is on, and it is not deleted. When approval is required he sees approved
 * figures only; names and comments only where the budget allows them. Every client-facing page, endpoint, export
 * and the "view as client" preview asks this class; the access explainer shows its conditions.
 */
public final class ClientVisibilityPolicy {
    static final String EXISTS = "client-budgets.access.condition.exists";
    static final String NOT_DELETED = "client-budgets.access.condition.not-deleted";
    static final String CLIENT_ACCESS_ON = "client-budgets.access.condition.client-access";
    static final String GRANT = "client-budgets.access.condition.grant";

    private ClientVisibilityPolicy() {
    }

    public static ClientView decide(ClientAccessFacts facts) {
        if (!facts.budgetExists()) {
            return ClientView.invisible(List.of(new ClientView.Condition(EXISTS, false)));
        }
        List<ClientView.Condition> conditions = List.of(
                new ClientView.Condition(NOT_DELETED, !facts.budgetDeleted()),
                new ClientView.Condition(CLIENT_ACCESS_ON, facts.clientAccessOn()),
                new ClientView.Condition(GRANT, facts.grantOnProject()));
        boolean visible = conditions.stream().allMatch(ClientView.Condition::met);
        if (!visible) {
            return ClientView.invisible(conditions);
        }
        return new ClientView(true, facts.approvalRequired(), facts.showPersonNames(), facts.showComments(), conditions);
    }
}
