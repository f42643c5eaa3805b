package io.github.clientbudgets.web.team;

import com.atlassian.plugin.web.Condition;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.permission.Permissions;

import java.util.Map;
import java.util.Optional;

/**
 * Shows the Approvals link to those who approve time somewhere: the owner of a budget that requires approval, an
 * administrator of its project (or a Jira admin, who administers every project).
 */
public class ApproverCondition implements Condition {
    private final BudgetStore budgets;
    private final Permissions permissions;

    public ApproverCondition(BudgetStore budgets, Permissions permissions) {
        this.budgets = budgets;
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Optional<String> user = permissions.currentUserKey();
        if (user.isEmpty()) {
            return false;
        }
        // on every page view: two small queries (a count, distinct project ids) and one permission question, never
        // one per project (the benchmark's portal page at 1M spent most of its time here before)
        return budgets.ownsApprovalBudget(user.get())
                || !permissions.administeredAmong(user.get(), budgets.projectsWithApprovalBudgets()).isEmpty();
    }
}
