package io.github.clientbudgets.web;

import java.util.List;

/** What the Budgets panel in JSM's customer portal shows: the caller's budgets of that portal's project. */
public final class PortalPanelView {
    private final String baseUrl;
    private final List<PortalBudgetView> budgets;

    PortalPanelView(String baseUrl, List<PortalBudgetView> budgets) {
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
