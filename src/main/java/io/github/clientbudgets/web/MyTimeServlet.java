package io.github.clientbudgets.web;

import io.github.clientbudgets.permission.Permissions;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** {@code /plugins/servlet/client-budgets/my-time}: the caller's own entries, rejected ones first. */
public class MyTimeServlet extends HttpServlet {
    static final String TEMPLATE = "templates/approvals/my-time.vm";
    private final Permissions permissions;
    private final ApprovalPageModels models;
    private final Pages pages;
    private final Text text;

    public MyTimeServlet(Permissions permissions, ApprovalPageModels models, Pages pages, Text text) {
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
        pages.render(response, TEMPLATE, Map.of("page", models.myTimePage(caller.get(), request.getContextPath()),
                "text", text));
    }
}
