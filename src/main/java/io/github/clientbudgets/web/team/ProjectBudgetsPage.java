package io.github.clientbudgets.web.team;

import java.util.List;

/** The model of the project's Budgets page. */
public final class ProjectBudgetsPage {
    private final String baseUrl;
    private final String projectKey;
    private final String projectName;
    private final List<BudgetView> budgets;
    private final boolean canCreate;

    public ProjectBudgetsPage(String baseUrl, String projectKey, String projectName, List<BudgetView> budgets,
                              boolean canCreate) {
        this.baseUrl = baseUrl;
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.budgets = List.copyOf(budgets);
        this.canCreate = canCreate;
    }

    /** Jira's context path, e.g. "/jira": links and REST calls start here. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public List<BudgetView> getBudgets() {
        return budgets;
    }

    public boolean isHasBudgets() {
        return !budgets.isEmpty();
    }

    public boolean isCanCreate() {
        return canCreate;
    }
}
