package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.ReaderFormats;

import javax.servlet.http.HttpServletRequest;

/** {@code /plugins/servlet/client-budgets/my-time}: the caller's own entries, rejected ones first. */
public class MyTimeServlet extends SingleTeamPageServlet {
    static final String TEMPLATE = "templates/approvals/my-time.vm";
    private final ApprovalPageModels models;

    public MyTimeServlet(Permissions permissions, ApprovalPageModels models, PageRenderer pages,
                      ReaderFormats formats, I18nText text) {
        super(permissions, pages, formats, text, TEMPLATE, PageContexts.MY_TIME);
        this.models = models;
    }

    @Override
    Object page(String caller, HttpServletRequest request, Formats formats) {
        return models.myTimePage(caller, request.getContextPath(), formats);
    }
}
