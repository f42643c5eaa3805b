package io.github.clientbudgets.web;

import java.util.List;

/** The portal's first page: the budgets the client sees. */
public final class PortalHomePage {
    private final String baseUrl;
    private final List<PortalBudgetView> budgets;

    PortalHomePage(String baseUrl, List<PortalBudgetView> budgets) {
        this.baseUrl = baseUrl;
        this.budgets = List.copyOf(budgets);
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public List<PortalBudgetView> getBudgets() {
        return budgets;
    }

    public boolean isHasBudgets() {
        return !budgets.isEmpty();
    }
}
