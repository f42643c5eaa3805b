package io.github.clientbudgets.web.portal;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.github.clientbudgets.access.ClientRecipients;
import io.github.clientbudgets.access.UnsubscribeTokens;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The unsubscribe link of client mails: {@code /plugins/servlet/client-budgets/unsubscribe?token=...}. The signed
 * token ({@link UnsubscribeTokens}) is the only credential, so the link works for whoever got the mail without a
 * login, also for a portal-only JSM customer (unlicensed): the servlet is {@code @UnrestrictedAccess}, as the
 * portal's, and checks the token itself. GET shows the question; POST (the token and the confirm form's own token,
 * which only the page holds, so no other site can post it) unsubscribes the token's user from the token's budget,
 * harmlessly again when he already is. A token the app didn't sign, or one naming a budget that no longer exists,
 * is 404. The page is the customers' frame; it sends no referrer (the token is in its address) and is never cached.
 */
@UnrestrictedAccess
public class UnsubscribeServlet extends HttpServlet {
    static final String TEMPLATE = "templates/portal/unsubscribe.vm";
    private final UnsubscribeTokens tokens;
    private final ClientRecipients recipients;
    private final BudgetStore budgets;
    private final Permissions permissions;
    private final PageRenderer pages;
    private final I18nText text;
    private final CustomerFrame frame;

    public UnsubscribeServlet(UnsubscribeTokens tokens, ClientRecipients recipients, BudgetStore budgets,
                              Permissions permissions, PageRenderer pages, I18nText text, CustomerFrame frame) {
        this.tokens = tokens;
        this.recipients = recipients;
        this.budgets = budgets;
        this.permissions = permissions;
        this.pages = pages;
        this.text = text;
        this.frame = frame;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        Optional<Target> target = target(token);
        if (target.isEmpty()) {
            pages.notFound(response);
            return;
        }
        UnsubscribePage.State state = recipients.unsubscribed(target.get().userKey, target.get().budget.id())
                ? UnsubscribePage.State.ALREADY : UnsubscribePage.State.CONFIRM;
        render(request, response, target.get(), token, state);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        Optional<Target> target = target(token);
        if (target.isEmpty()) {
            pages.notFound(response);
            return;
        }
        if (!tokens.formTokenMatches(token, request.getParameter("formToken"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(request, response, target.get(), token, UnsubscribePage.State.BAD_FORM);
            return;
        }
        boolean now = recipients.unsubscribe(target.get().userKey, target.get().budget.id());
        render(request, response, target.get(), token, now ? UnsubscribePage.State.DONE : UnsubscribePage.State.ALREADY);
    }

    private record Target(String userKey, Budget budget) {
    }

    /** The token's user and budget, if the app signed it and the budget still exists. */
    private Optional<Target> target(String token) {
        return tokens.verify(token).flatMap(subject -> budgets.budget(subject.budgetId())
                .map(budget -> new Target(subject.userKey(), budget)));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Target target, String token,
                        UnsubscribePage.State state) throws IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        String userName = permissions.displayName(target.userKey);
        UnsubscribePage page = new UnsubscribePage(request.getContextPath(), state, token, tokens.formToken(token),
                target.budget.name(), userName);
        // the frame names whoever is logged in (nobody, following a mail's link), not the token's user
        String signedIn = permissions.currentUserKey().map(permissions::displayName).orElse("");
        frame.render(response, TEMPLATE, Map.of("page", page, "text", text), request.getContextPath(), signedIn);
    }
}
