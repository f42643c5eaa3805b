package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.ReaderFormats;

import javax.servlet.http.HttpServletRequest;

/**
 * {@code /plugins/servlet/client-budgets/approvals}: what waits for the caller's review, across projects. The
 * filters are a GET form; decisions go through the REST API (JSON, XSRF-checked by Jira) from the page's script.
 * Anonymous: login. Someone who approves nothing sees the page's empty state.
 */
public class ApprovalsServlet extends SingleTeamPageServlet {
    static final String TEMPLATE = "templates/approvals/approvals.vm";
    private final ApprovalPageModels models;
    private final TeamQuestionModels questions;

    public ApprovalsServlet(Permissions permissions, ApprovalPageModels models, PageRenderer pages,
                      ReaderFormats formats, I18nText text, TeamQuestionModels questions) {
        super(permissions, pages, formats, text, TEMPLATE, PageContexts.APPROVALS);
        this.models = models;
        this.questions = questions;
    }

    /** Which entries of the queue a client questions. */
    @Override
    java.util.Map<String, Object> more(String caller, Object page, HttpServletRequest request) {
        java.util.List<Long> ids = ((ApprovalsPage) page).getGroups().stream().flatMap(g -> g.getPersons().stream())
                .flatMap(p -> p.getEntries().stream()).map(EntryRow::getId).toList();
        return java.util.Map.of("questions", questions.marks(ids));
    }

    @Override
    Object page(String caller, HttpServletRequest request, Formats formats) {
        ApprovalPageModels.Query query = new ApprovalPageModels.Query(request.getParameter("budgetId"),
                request.getParameter("authorKey"), request.getParameter("serviceId"), request.getParameter("from"),
                request.getParameter("to"));
        return models.approvalsPage(caller, query, request.getContextPath(), formats);
    }
}
