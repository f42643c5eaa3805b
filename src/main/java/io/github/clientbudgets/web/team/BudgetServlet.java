package io.github.clientbudgets.web.team;

import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.ReaderFormats;

import javax.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code /plugins/servlet/client-budgets/budget/{id}}: one budget for the team. Same rules as the project page. */
public class BudgetServlet extends TeamPageServlet {
    private final BudgetPageModels models;
    private final I18nText text;
    private final TeamQuestionModels questions;
    private final ReaderFormats formats;

    public BudgetServlet(Permissions permissions, BudgetPageModels models, PageRenderer pages, ReaderFormats formats,
                         I18nText text, TeamQuestionModels questions) {
        super(permissions, pages, formats, text, "templates/budgets/budget.vm", PageContexts.BUDGET);
        this.models = models;
        this.text = text;
        this.questions = questions;
        this.formats = formats;
    }

    /** The budget's client questions, with confirm and correct for its approvers. */
    @Override
    java.util.Map<String, Object> more(String caller, Object page, HttpServletRequest request) {
        BudgetView budget = ((BudgetPage) page).getBudget();
        return java.util.Map.of("questions", questions.ofBudget(caller, budget.getId(), budget.getName(),
                request.getContextPath(), text, formats.current()));
    }

    @Override
    Optional<Object> page(String caller, String segment, String contextPath, Formats formats) {
        return page(caller, segment, contextPath, null, formats);
    }

    /** {@code ?history=EXPENSE} shows only that kind of change in the history (anything else: all). */
    @Override
    Optional<Object> page(String caller, String segment, HttpServletRequest request, Formats formats) {
        return page(caller, segment, request.getContextPath(), request.getParameter("history"), formats);
    }

    private Optional<Object> page(String caller, String segment, String contextPath, String historyKind,
                                  Formats formats) {
        OptionalLong id = Ids.parse(segment, Ids.BUDGET_DIGITS);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(models.budgetPage(caller, id.getAsLong(), contextPath, HistoryPanel.kind(historyKind),
                text::format, formats));
    }
}
