package io.github.clientbudgets.web;

import io.github.clientbudgets.permission.Permissions;

import javax.servlet.http.HttpServletRequest;

/** {@code /plugins/servlet/client-budgets/my-time}: the caller's own entries, rejected ones first. */
public class MyTimeServlet extends SingleTeamPageServlet {
    static final String TEMPLATE = "templates/approvals/my-time.vm";
    private final ApprovalPageModels models;

    public MyTimeServlet(Permissions permissions, ApprovalPageModels models, Pages pages, Text text) {
        super(permissions, pages, text, TEMPLATE, PageContexts.MY_TIME);
        this.models = models;
    }

    @Override
    Object page(String caller, HttpServletRequest request) {
        return models.myTimePage(caller, request.getContextPath());
    }
}
