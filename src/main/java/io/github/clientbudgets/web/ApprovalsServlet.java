package io.github.clientbudgets.web;

import io.github.clientbudgets.permission.Permissions;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/client-budgets/approvals}: what waits for the caller's review, across projects. The
 * filters are a GET form; decisions go through the REST API (JSON, XSRF-checked by Jira) from the page's script.
 * Anonymous: login. Someone who approves nothing sees the page's empty state.
 */
public class ApprovalsServlet extends HttpServlet {
    static final String TEMPLATE = "templates/approvals/approvals.vm";
    private final Permissions permissions;
    private final ApprovalPageModels models;
    private final Pages pages;
    private final Text text;

    public ApprovalsServlet(Permissions permissions, ApprovalPageModels models, Pages pages, Text text) {
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
        String path = request.getPathInfo();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            pages.notFound(response);
            return;
        }
        ApprovalPageModels.Query query = new ApprovalPageModels.Query(request.getParameter("budgetId"),
                request.getParameter("authorKey"), request.getParameter("serviceId"), request.getParameter("from"),
                request.getParameter("to"));
        pages.render(response, TEMPLATE, Map.of("page", models.approvalsPage(caller.get(), query,
                request.getContextPath()), "text", text));
    }
}
