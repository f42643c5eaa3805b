package io.github.clientbudgets.web.issuepanel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.permission.Permissions;

import java.util.Map;
import java.util.Optional;

/** Shows the issue view's Budgets panel only where it has something to say: the issue's project has budgets. */
public class IssueHasBudgetsCondition implements Condition {
    private final BudgetService budgets;
    private final Permissions permissions;

    public IssueHasBudgetsCondition(BudgetService budgets, Permissions permissions) {
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
        if (user.isEmpty() || !(context.get("issue") instanceof Issue issue) || issue.getProjectObject() == null) {
            return false;
        }
        try {
            return !budgets.budgetsOfProject(user.get(), issue.getProjectObject().getKey()).isEmpty();
        } catch (NotFoundException e) {
            return false;
        }
    }
}
