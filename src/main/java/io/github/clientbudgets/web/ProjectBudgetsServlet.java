package io.github.clientbudgets.web;

import io.github.clientbudgets.permission.Permissions;

import java.util.Optional;

/**
 * {@code /plugins/servlet/client-budgets/project/{projectKey}}: the project's budgets. A team page: no access
 * annotation (Jira 10+: licensed users only). Anonymous: login; cannot browse the project: 404. Writes go through
 * the REST API (JSON, XSRF-checked by Jira), so this servlet has no POST.
 */
public class ProjectBudgetsServlet extends TeamPageServlet {
    private final PageModels models;

    public ProjectBudgetsServlet(Permissions permissions, PageModels models, Pages pages, Text text) {
        super(permissions, pages, text, "templates/budgets/project-budgets.vm");
        this.models = models;
    }

    @Override
    Optional<Object> page(String caller, String segment, String contextPath) {
        return Optional.of(models.projectPage(caller, segment, contextPath));
    }
}
