package io.github.clientbudgets.access;

/**
 * What is known about one user and one budget when deciding client visibility. The adapters fill it from the
 * database in one query; the decision itself is {@link ClientVisibilityPolicy}'s alone.
 *
 * @param budgetExists     a budget with that id exists (deleted or not)
 * @param budgetDeleted    the budget is (soft-)deleted
 * @param clientAccessOn   the budget's Client Access toggle
 * @param grantOnProject   the user holds a client grant on the budget's project (directly or via a JSM organization)
 * @param approvalRequired the budget requires approval: clients then see approved snapshots only
 * @param showPersonNames  the budget lets clients see who logged the time
 * @param showComments     the budget lets clients see worklog comments
 */
public record ClientAccessFacts(boolean budgetExists, boolean budgetDeleted, boolean clientAccessOn,
                                boolean grantOnProject, boolean approvalRequired, boolean showPersonNames,
                                boolean showComments) {

    public static ClientAccessFacts noSuchBudget() {
        return new ClientAccessFacts(false, false, false, false, false, false, false);
    }
}
