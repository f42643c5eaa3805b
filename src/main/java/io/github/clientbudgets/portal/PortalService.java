package io.github.clientbudgets.portal;

import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.access.ClientVisibilityPolicy;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The client portal's one way in. Who may see what is asked of {@link ClientVisibilityPolicy} with facts loaded in
 * one query; anything it refuses is {@link NotFoundException} (404, never a hint). A PM's "view as client" goes
 * through exactly the same path with the chosen client's facts (or a generic client's, who holds a grant), so the
 * preview can show nothing a client couldn't see.
 */
public class PortalService {
    static final int CSV_CHUNK = 500;
    private final PortalQueries queries;
    private final BudgetStore store;
    private final LineItemStore lineItems;
    private final SummaryService summaries;
    private final Permissions permissions;
    private final TeamAccessPolicy policy;
    private final Clock clock;

    public PortalService(PortalQueries queries, BudgetStore store, LineItemStore lineItems, SummaryService summaries,
                         Permissions permissions, TeamAccessPolicy policy, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.lineItems = lineItems;
        this.summaries = summaries;
        this.permissions = permissions;
        this.policy = policy;
        this.clock = clock;
    }

    /** The budgets the caller sees as a client, with their client-safe summaries, by name. */
    public List<ClientSummary> myBudgets(String caller) {
        List<ClientSummary> result = new ArrayList<>();
        for (BudgetAccess access : queries.grantedBudgets(caller)) {
            ClientView view = ClientVisibilityPolicy.decide(access.facts());
            if (view.visible()) {
                store.budget(access.budgetId()).ifPresent(b -> result.add(summary(new Portal(b, view, null))));
            }
        }
        return result;
    }

    /**
     * The budgets of one project the caller sees as a client (the JSM portal's panel): the same rule as
     * {@link #myBudgets(String)}, only those of {@code projectId}.
     */
    public List<ClientSummary> myBudgets(String caller, long projectId) {
        List<ClientSummary> result = new ArrayList<>();
        for (BudgetAccess access : queries.grantedBudgets(caller)) {
            ClientView view = access.projectId() == projectId ? ClientVisibilityPolicy.decide(access.facts()) : null;
            if (view != null && view.visible()) {
                store.budget(access.budgetId()).ifPresent(b -> result.add(summary(new Portal(b, view, null))));
            }
        }
        return result;
    }

    /** Whether the caller sees any budget of {@code projectId} as a client: the rule only, no summaries computed. */
    public boolean seesBudgetsIn(String caller, long projectId) {
        return queries.grantedBudgets(caller).stream().anyMatch(a -> a.projectId() == projectId
                && ClientVisibilityPolicy.decide(a.facts()).visible());
    }

    /** Opens a budget for the caller as a client. @throws NotFoundException when the policy says no */
    public Portal open(String caller, long budgetId) {
        BudgetAccess access = queries.access(caller, budgetId).orElseThrow(NotFoundException::new);
        return portal(access, ClientVisibilityPolicy.decide(access.facts()), null);
    }

    /**
     * A PM's preview of a budget as a client (userKey) or a generic client (blank). Only the budget's PMs (owner,
     * project admins, Jira admins) may; to anyone else the budget doesn't exist. When the chosen client wouldn't
     * see the budget the answer is the explanation, not the page.
     */
    public Preview preview(String caller, long budgetId, String viewAs) {
        BudgetAccess own = queries.access(caller, budgetId).orElseThrow(NotFoundException::new);
        if (own.facts().budgetDeleted() || !isPm(caller, own)) {
            throw new NotFoundException();
        }
        String client = viewAs == null || viewAs.isBlank() ? null : viewAs.trim();
        if (client != null && (!InputPolicy.isKey(viewAs) || !permissions.userExists(client))) {
            throw ValidationException.of("viewAs", "client-budgets.grant.no-such-user");
        }
        BudgetAccess access = queries.access(client, budgetId).orElseThrow(NotFoundException::new);
        ClientView view = ClientVisibilityPolicy.decide(access.facts());
        if (!view.visible()) {
            return new Preview(null, explanation(client == null ? "" : client, budgetId, view));
        }
        return new Preview(portal(access, view, client == null ? "" : client), null);
    }

    /** The preview's outcome: the portal as the client would see it, or why he wouldn't. */
    public record Preview(Portal portal, Explanation refused) {
    }

    /**
     * The access explainer: whether {@code userKey} sees the budget as a client and each condition. For the budget's
     * PMs and Jira admins; anyone else gets 404.
     */
    public Explanation explain(String caller, String userKey, long budgetId) {
        // the caller first: a non-PM gets the same 404 whatever the user key, so the answer never tells him
        // whether a user exists
        BudgetAccess own = queries.access(caller, budgetId).orElseThrow(NotFoundException::new);
        if (!isPm(caller, own)) {
            throw new NotFoundException();
        }
        // a key no user can have (NUL, controls, bidi, too long) is never handed to Jira's user lookup
        if (!InputPolicy.isKey(userKey) || !permissions.userExists(userKey.trim())) {
            throw ValidationException.of("userKey", "client-budgets.grant.no-such-user");
        }
        BudgetAccess access = queries.access(userKey.trim(), budgetId).orElseThrow(NotFoundException::new);
        return explanation(userKey.trim(), budgetId, ClientVisibilityPolicy.decide(access.facts()));
    }

    private static Explanation explanation(String userKey, long budgetId, ClientView view) {
        return new Explanation(userKey, budgetId, view.visible(), view.conditions(), view.approvedOnly(),
                view.personNames(), view.comments());
    }

    private boolean isPm(String caller, BudgetAccess access) {
        return policy.mayManage(caller, access.ownerKey(), access.projectId());
    }

    private Portal portal(BudgetAccess access, ClientView view, String previewFor) {
        if (!view.visible()) {
            throw new NotFoundException();
        }
        Budget budget = store.budget(access.budgetId()).orElseThrow(NotFoundException::new);
        return new Portal(budget, view, previewFor);
    }

    /** The client-safe summary: used = approved under approval (pending dropped), never cost rates. */
    public ClientSummary summary(Portal portal) {
        Budget budget = portal.budget();
        Summary s = summaries.compute(budget);
        Map<Long, LineItem> services = lineItems.lineItems(budget).stream() // the budget in hand: not read again
                .collect(Collectors.toMap(LineItem::id, Function.identity()));
        int scale = budget.currency().getDefaultFractionDigits();
        List<ClientSummary.Line> lines = new ArrayList<>();
        for (ServiceSummary line : s.services()) {
            LineItem service = services.get(line.serviceId());
            BigDecimal budgeted = service == null ? null : budgetedAmount(service, scale);
            lines.add(new ClientSummary.Line(line.serviceId(), line.name(), line.billing().name(),
                    line.budgetedSeconds(), line.usedSeconds(),
                    line.budgetedSeconds() == null ? null : line.budgetedSeconds() - line.usedSeconds(),
                    budgeted, line.usedAmount(), budgeted == null ? null : budgeted.subtract(line.usedAmount())));
        }
        return new ClientSummary(budget.id(), budget.name(), budget.type().name(), budget.currency(),
                s.totalAmount(), s.usedAmount(), s.remainingAmount(), s.expensesAmount(), s.totalSeconds(),
                s.usedSeconds(), s.remainingSeconds(), s.percentUsed(), budget.approvalRequired(), lines);
    }

    private static BigDecimal budgetedAmount(LineItem service, int scale) {
        if (service.billing() == Billing.FIXED && service.rate() != null) {
            return service.rate().setScale(scale, RoundingMode.HALF_UP);
        }
        if (service.billing() == Billing.HOURLY && service.rate() != null && service.budgetedSeconds() != null) {
            return service.rate().multiply(Hours.fromSeconds(service.budgetedSeconds())).setScale(scale, RoundingMode.HALF_UP);
        }
        return null;
    }

    /** The services of the budget, for the filter and the names (the client sees names, never cost rates). */
    public List<LineItem> services(Portal portal) {
        return lineItems.lineItems(portal.budget());
    }

    public record TimeResult(long total, long totalSeconds, List<ClientTimeRow> rows, TimeFilter filter) {
    }

    /**
     * One page of the Time tab. The page's rows bring their service names along (the page query joins the budget's
     * services anyway), so the budget's services are read only to tell an empty page from a filter on a service of
     * another budget (refused, as before): a row found under a service filter already proves the service is the
     * budget's.
     */
    public TimeResult time(Portal portal, TimeFilter filter) {
        Budget b = portal.budget();
        PortalQueries.TimePage page = queries.time(b.id(), portal.view(), b.startDate(), b.endDate(), filter);
        if (page.entries().isEmpty() && filter.serviceId() != null) {
            serviceNames(portal, filter);
        }
        return new TimeResult(page.total(), page.totalSeconds(), rows(page.entries(), page.serviceNames(), portal.view()),
                filter);
    }

    /**
     * One entry of the Time tab as the client sees it there (its service's name, issue key and person where allowed),
     * or empty when the tab would not list it to him.
     */
    public java.util.Optional<ClientTimeRow> entry(Portal portal, long entryId) {
        Budget b = portal.budget();
        return queries.entry(b.id(), portal.view(), b.startDate(), b.endDate(), entryId).map(e -> rows(List.of(e),
                lineItems.lineItems(b).stream().collect(Collectors.toMap(LineItem::id, LineItem::name)), portal.view()).get(0));
    }

    /**
     * The Time tab as a CSV download, for the portal page and REST alike. The filter is tried on one row first, so
     * a bad one fails here, before any byte is sent.
     */
    public CsvDownload csv(Portal portal, TimeFilter filter, Function<String, String> text) {
        time(portal, filter.page(0, 1));
        return new CsvDownload("budget-" + portal.budget().id() + "-time.csv", out -> csv(portal, filter, out, text));
    }

    /**
     * Every matching entry, read in chunks: only the client-safe columns. Machine formats whatever the reader's
     * locale (ISO days, hours as decimals with a point, no grouping), so a spreadsheet or a script reads the same file
     * everywhere; the header of the date and hours columns says so.
     */
    private void csv(Portal portal, TimeFilter filter, Writer out, Function<String, String> text) {
        Map<Long, String> names = serviceNames(portal, filter);
        ClientView view = portal.view();
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of(text.apply("client-budgets.portal.csv.date"),
                text.apply("client-budgets.portal.time.issue"), text.apply("client-budgets.portal.time.service"),
                text.apply("client-budgets.portal.csv.hours"), text.apply("client-budgets.portal.time.billable"),
                text.apply("client-budgets.portal.time.note")));
        if (view.comments()) {
            header.add(text.apply("client-budgets.portal.time.comment"));
        }
        if (view.personNames()) {
            header.add(text.apply("client-budgets.portal.time.person"));
        }
        csv.row(header);
        Budget b = portal.budget();
        queries.eachTime(b.id(), view, b.startDate(), b.endDate(), filter, CSV_CHUNK, chunk -> {
            for (ClientTimeRow row : rows(chunk, names, view)) {
                ClientTimeEntry e = row.entry();
                List<String> cells = new ArrayList<>(List.of(e.date().toString(), nz(row.issueKey()), nz(row.serviceName()),
                        Hours.format(e.seconds()), e.billable() ? text.apply("client-budgets.yes") : text.apply("client-budgets.no"),
                        nz(e.clientNote())));
                if (view.comments()) {
                    cells.add(nz(e.comment()));
                }
                if (view.personNames()) {
                    cells.add(nz(row.personName()));
                }
                csv.row(cells);
            }
        });
    }

    public List<ClientExpense> expenses(Portal portal) {
        return queries.expenses(portal.budget().id(), portal.view(), portal.budget().currency().getDefaultFractionDigits());
    }

    public BurnUp burnUp(Portal portal) {
        Budget b = portal.budget();
        List<BurnUp.Point> points = new ArrayList<>();
        long sum = 0;
        for (long[] day : queries.secondsByDay(b.id(), portal.view(), b.startDate(), b.endDate())) {
            sum += day[1];
            points.add(new BurnUp.Point(PortalQueries.day((int) day[0]), sum));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate end = b.endDate() != null ? b.endDate() : today.isAfter(b.startDate()) ? today : b.startDate().plusMonths(1);
        return new BurnUp(b.startDate(), end, b.totalSeconds(), points);
    }

    private Map<Long, String> serviceNames(Portal portal, TimeFilter filter) {
        Map<Long, String> names = lineItems.lineItems(portal.budget()).stream()
                .collect(Collectors.toMap(LineItem::id, LineItem::name));
        if (filter.serviceId() != null && !names.containsKey(filter.serviceId())) {
            throw ValidationException.of("serviceId", "client-budgets.portal.error.service");
        }
        return names;
    }

    private List<ClientTimeRow> rows(List<ClientTimeEntry> entries, Map<Long, String> serviceNames, ClientView view) {
        Set<Long> issues = new HashSet<>();
        entries.forEach(e -> issues.add(e.issueId()));
        Map<Long, String> keys = permissions.issueKeys(issues);
        List<ClientTimeRow> rows = new ArrayList<>(entries.size());
        Map<String, String> names = new HashMap<>(); // a page has few authors: each looked up once
        for (ClientTimeEntry e : entries) {
            String person = view.personNames() && e.authorKey() != null
                    ? names.computeIfAbsent(e.authorKey(), permissions::displayName) : null;
            rows.add(new ClientTimeRow(e, serviceNames.get(e.serviceId()), keys.get(e.issueId()), person));
        }
        return rows;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
