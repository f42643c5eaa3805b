package io.github.clientbudgets.web;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code /plugins/servlet/client-budgets/budget/{id}}: one budget for the team. Same rules as the project page. */
public class BudgetServlet extends TeamPageServlet {
    private final PageModels models;

    public BudgetServlet(Permissions permissions, PageModels models, Pages pages, Text text) {
        super(permissions, pages, text, "templates/budgets/budget.vm", PageContexts.BUDGET);
        this.models = models;
    }

    @Override
    Optional<Object> page(String caller, String segment, String contextPath) {
        OptionalLong id = Ids.parse(segment, Ids.BUDGET_DIGITS);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(models.budgetPage(caller, id.getAsLong(), contextPath));
    }
}
