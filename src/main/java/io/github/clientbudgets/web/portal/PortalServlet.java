package io.github.clientbudgets.web.portal;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.ClientExpense;
import io.github.clientbudgets.portal.CsvDownload;
import io.github.clientbudgets.portal.Explanation;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.portal.TimeFilter;
import io.github.clientbudgets.question.Question;
import io.github.clientbudgets.question.QuestionService;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.forecast.ForecastService;
import io.github.clientbudgets.web.page.ForecastView;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.SelectOption;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.web.page.ReaderFormats;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The client portal's pages: {@code /plugins/servlet/client-budgets/portal} (my budgets),
 * {@code .../portal/budget/{id}?tab=services|time|expenses} and {@code .../portal/budget/{id}/time.csv}; with
 * {@code viewAs} a PM's preview, through the same {@link PortalService} path as the real client.
 * <p>
 * Access: portal-only JSM customers are unlicensed and Jira 10 serves unannotated servlets to licensed users
 * only. {@code @UnrestrictedAccess} (atlassian-annotations; plugins that ship on Jira 10 put it on servlets) lets the
 * request reach us, and this class does every check itself: the anonymous go to the login page, the rest ask
 * PortalService, which answers 404 for anything the visibility rule refuses. Read-only (GET), so no XSRF token.
 * <p>
 * Frame: a JSM customer (no Jira licence) gets the portal's own help-center frame ({@link CustomerFrame}), never
 * Jira's header; licensed users (PMs, the team, admins) Jira's {@code atl.general}. The anonymous go to JSM's
 * customer login with a {@code destination} when JSM is installed, else to Jira's login.
 */
@UnrestrictedAccess
public class PortalServlet extends HttpServlet {
    private static final Pattern BUDGET = Pattern.compile("/budget/([^/]+)(/time\\.csv)?/?");
    private static final List<String> TABS = List.of("services", "time", "expenses");
    private final PortalService portal;
    private final Permissions permissions;
    private final PageRenderer pages;
    private final I18nText text;
    private final CustomerFrame frame;
    private final UserManager users;
    private final ReaderFormats formats;
    private final QuestionService questions;
    private final ForecastService forecasts;

    public PortalServlet(PortalService portal, Permissions permissions, PageRenderer pages, I18nText text, CustomerFrame frame,
                         UserManager users, ReaderFormats formats, QuestionService questions, ForecastService forecasts) {
        this.forecasts = forecasts;
        this.formats = formats;
        this.questions = questions;
        this.portal = portal;
        this.permissions = permissions;
        this.pages = pages;
        this.text = text;
        this.frame = frame;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> caller = permissions.currentUserKey();
        if (caller.isEmpty()) {
            String customerLogin = CustomerFrame.customerLogin(request);
            if (customerLogin != null) {
                response.sendRedirect(customerLogin);
            } else {
                pages.redirectToLogin(request, response);
            }
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            if (path.equals("/") || path.isEmpty()) {
                home(caller.get(), request, response);
                return;
            }
            Matcher m = BUDGET.matcher(path);
            OptionalLong id = m.matches() ? Ids.parse(m.group(1), Ids.BUDGET_DIGITS) : OptionalLong.empty();
            if (id.isEmpty()) {
                pages.notFound(response);
                return;
            }
            long budgetId = id.getAsLong();
            String viewAs = request.getParameter("viewAs");
            Portal opened;
            if (viewAs != null) {
                PortalService.Preview preview = portal.preview(caller.get(), budgetId, viewAs);
                if (preview.portal() == null) {
                    refused(request, response, viewAs, preview.refused());
                    return;
                }
                opened = preview.portal();
            } else {
                opened = portal.open(caller.get(), budgetId);
            }
            if (m.group(2) != null) {
                csv(opened, request, response);
            } else {
                budget(opened, request, response);
            }
        } catch (NotFoundException e) {
            pages.notFound(response);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            // plain text: nothing here is interpreted as HTML
            response.getWriter().write(messages(e).toString());
        }
    }

    private void home(String caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Formats shown = formats.current();
        List<PortalBudgetView> budgets = portal.myBudgets(caller).stream().map(s -> new PortalBudgetView(s, shown)).toList();
        render(caller, request, response, "templates/portal/portal-home.vm",
                Map.of("page", new PortalHomePage(request.getContextPath(), budgets), "text", text));
    }

    private void budget(Portal opened, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tab = request.getParameter("tab") == null || request.getParameter("tab").isBlank()
                ? "services" : request.getParameter("tab");
        if (!TABS.contains(tab)) {
            throw ValidationException.of("tab", "client-budgets.portal.error.tab");
        }
        Formats shown = formats.current();
        ClientSummary summary = portal.summary(opened);
        PortalBudgetView view = new PortalBudgetView(summary, shown);
        List<LineItem> services = portal.services(opened);
        Map<Long, String> names = services.stream().collect(Collectors.toMap(LineItem::id, LineItem::name));
        PortalPage.Time time = null;
        List<PortalExpenseView> expenses = null;
        if (tab.equals("time")) {
            time = time(opened, request, response, services, shown);
        } else if (tab.equals("expenses")) {
            expenses = new ArrayList<>();
            for (ClientExpense x : portal.expenses(opened)) {
                expenses.add(new PortalExpenseView(x, x.serviceId() == null ? null : names.get(x.serviceId()),
                        summary.currency(), shown));
            }
        }
        // the forecast the client sees: approved time only, and only where the budget shows it
        Forecast forecast = forecasts.forClient(opened.budget(), summary.usedSeconds()).orElse(null);
        PortalPage page = new PortalPage(request.getContextPath(), view, tab, previewFor(opened), previewName(opened),
                new BurnUpChart(portal.burnUp(opened), shown).withForecast(forecast), time, expenses, null)
                .withForecast(ForecastView.of(forecast, shown));
        PortalQuestions asked = tab.equals("time") ? questions(opened, shown) : PortalQuestions.off();
        render(opened.isPreview() ? null : permissions.currentUserKey().orElse(null), request, response,
                "templates/portal/portal-budget.vm", Map.of("page", page, "text", text, "questions", asked));
    }

    /**
     * The client's own questions on the budget, each with its entry as the Time tab shows it; in a preview the
     * previewed client's, so the preview's Time tab is the client's (its form sends nothing).
     */
    private PortalQuestions questions(Portal opened, Formats shown) {
        String caller = permissions.currentUserKey().orElseThrow();
        List<Question> mine = questions.shownIn(opened, caller);
        Map<Long, String> entries = new java.util.HashMap<>();
        List<PortalQuestionView> list = new ArrayList<>();
        for (Question q : mine) {
            String entry = entries.computeIfAbsent(q.entryId(), id -> portal.entry(opened, id)
                    .map(r -> text.format("client-budgets.question.entry", shown.date(r.entry().date()),
                            shown.hours(r.entry().seconds()), r.issueKey() == null ? "" : r.issueKey())).orElse(""));
            list.add(new PortalQuestionView(q, entry, shown));
        }
        return new PortalQuestions(true, opened.budget().id(), mine, list);
    }

    /** A portal page in the caller's frame: the customers' own one for the unlicensed, Jira's for everyone else. */
    private void render(String caller, HttpServletRequest request, HttpServletResponse response, String template,
                        Map<String, Object> context) throws IOException {
        if (caller != null && !users.isLicensed(new UserKey(caller))) {
            frame.render(response, template, context, request.getContextPath(), permissions.displayName(caller));
        } else {
            pages.render(response, template, context, PageContexts.PORTAL);
        }
    }

    /** The Time tab; a bad filter is shown next to its field with status 400, and nothing is listed. */
    private PortalPage.Time time(Portal opened, HttpServletRequest request, HttpServletResponse response,
                                 List<LineItem> services, Formats shown) {
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        String serviceId = request.getParameter("serviceId");
        ClientView v = opened.view();
        List<SelectOption> options = new ArrayList<>();
        for (LineItem s : services) {
            options.add(new SelectOption(String.valueOf(s.id()), s.name(), String.valueOf(s.id()).equals(serviceId)));
        }
        try {
            TimeFilter filter = TimeFilter.parse(from, to, serviceId, request.getParameter("start"), null);
            PortalService.TimeResult result = portal.time(opened, filter);
            return new PortalPage.Time(result.rows().stream().map(r -> new PortalTimeRowView(r, shown)).toList(),
                    result.total(), shown.hours(result.totalSeconds()), blankToNull(from), blankToNull(to), blankToNull(serviceId),
                    filter.start(), filter.limit(), options, v.comments(), v.personNames(), Map.of());
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return new PortalPage.Time(List.of(), 0, shown.hours(0L), blankToNull(from), blankToNull(to),
                    blankToNull(serviceId), 0, TimeFilter.DEFAULT_LIMIT, options, v.comments(), v.personNames(),
                    messages(e));
        }
    }

    private void csv(Portal opened, HttpServletRequest request, HttpServletResponse response) throws IOException {
        TimeFilter filter = TimeFilter.parse(request.getParameter("from"), request.getParameter("to"),
                request.getParameter("serviceId"), null, null);
        CsvDownload download = portal.csv(opened, filter, text::get);
        response.setContentType(CsvDownload.CONTENT_TYPE);
        download.headers().forEach(response::setHeader);
        download.writeTo(response.getOutputStream());
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, String viewAs,
                         Explanation explanation) throws IOException {
        List<AccessConditionView> conditions = explanation.conditions().stream()
                .map(c -> new AccessConditionView(c.i18nKey(), c.met())).toList();
        PortalPage page = new PortalPage(request.getContextPath(), null, "services", viewAs.trim(),
                viewAs.isBlank() ? "" : permissions.displayName(viewAs.trim()), null, null, null, conditions);
        response.setStatus(HttpServletResponse.SC_OK);
        pages.render(response, "templates/portal/portal-budget.vm", Map.of("page", page, "text", text),
                PageContexts.PORTAL); // a PM's
    }

    private static String previewFor(Portal opened) {
        return opened.isPreview() ? opened.previewFor() : null;
    }

    private String previewName(Portal opened) {
        return opened.isPreview() && !opened.previewFor().isEmpty() ? permissions.displayName(opened.previewFor()) : null;
    }

    private Map<String, String> messages(ValidationException e) {
        Map<String, String> messages = new LinkedHashMap<>();
        e.errors().forEach((field, message) -> messages.put(field, text.format(message.key(), message.arguments())));
        return messages;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
