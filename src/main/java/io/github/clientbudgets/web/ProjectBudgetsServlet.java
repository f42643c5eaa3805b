package io.github.clientbudgets.web;

import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.permission.Permissions;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/client-budgets/project/{projectKey}}: the project's budgets. A team page: no access
 * annotation (Jira 10+: licensed users only). Anonymous: login; cannot browse the project: 404. Writes go through
 * the REST API (JSON, XSRF-checked by Jira), so this servlet has no POST.
 */
public class ProjectBudgetsServlet extends HttpServlet {
    private final Permissions permissions;
    private final PageModels models;
    private final Pages pages;
    private final Text text;

    public ProjectBudgetsServlet(Permissions permissions, PageModels models, Pages pages, Text text) {
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
        String projectKey = PathInfo.single(request.getPathInfo());
        if (projectKey == null) {
            pages.notFound(response);
            return;
        }
        ProjectBudgetsPage page;
        try {
            page = models.projectPage(caller.get(), projectKey, request.getContextPath());
        } catch (NotFoundException e) {
            pages.notFound(response);
            return;
        }
        pages.render(response, "templates/budgets/project-budgets.vm", Map.of("page", page, "text", text));
    }
}
