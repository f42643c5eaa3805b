package io.github.clientbudgets.web.portal;

import java.util.List;

/**
 * The budgets the client sees, with the base URL their links start from: the portal's first page, and the Budgets
 * panel in JSM's customer portal (there: those of the portal's project).
 */
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
