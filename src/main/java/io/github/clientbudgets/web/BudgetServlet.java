package io.github.clientbudgets.web;

import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.permission.Permissions;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** {@code /plugins/servlet/client-budgets/budget/{id}}: one budget for the team. Same rules as the project page. */
public class BudgetServlet extends HttpServlet {
    private final Permissions permissions;
    private final PageModels models;
    private final Pages pages;
    private final Text text;

    public BudgetServlet(Permissions permissions, PageModels models, Pages pages, Text text) {
        this.permissions = permissions;
        this.models = models;
        this.pages = pages;
        this.text = text;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> caller = permissions.currentUserKey();
        if (caller.isEmpty()) {
            pages.redirectToLogin(request, response);
            return;
        }
        String id = PathInfo.single(request.getPathInfo());
        if (id == null || !id.matches("\\d{1,9}")) {
            pages.notFound(response);
            return;
        }
        BudgetPage page;
        try {
            page = models.budgetPage(caller.get(), Long.parseLong(id), request.getContextPath());
        } catch (NotFoundException e) {
            pages.notFound(response);
            return;
        }
        pages.render(response, "templates/budgets/budget.vm", Map.of("page", page, "text", text));
    }
}
