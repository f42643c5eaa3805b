package io.github.clientbudgets.web;

import com.atlassian.plugin.web.Condition;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.permission.Permissions;

import java.util.HashMap;
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
        Map<Long, Boolean> administers = new HashMap<>();
        for (Budget b : budgets.budgetsRequiringApproval()) {
            if (user.get().equals(b.ownerKey())
                    || administers.computeIfAbsent(b.projectId(), p -> permissions.canAdminister(user.get(), p))) {
                return true;
            }
        }
        return false;
    }
}
