package io.github.clientbudgets.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.audit.AuditEvent;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.summary.PeriodSummary;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.portal.BurnUp;
import io.github.clientbudgets.web.issuepanel.IssuePanelView;
import io.github.clientbudgets.web.portal.BurnUpChart;
import io.github.clientbudgets.web.issuepanel.IssueServiceChoice;
import io.github.clientbudgets.web.page.SelectOption;
import io.github.clientbudgets.web.team.ApprovalsPage;
import io.github.clientbudgets.web.team.BudgetGroup;
import io.github.clientbudgets.web.team.BudgetPage;
import io.github.clientbudgets.web.team.BudgetView;
import io.github.clientbudgets.web.team.EntryHistory;
import io.github.clientbudgets.web.team.EntryRow;
import io.github.clientbudgets.web.team.ExpenseView;
import io.github.clientbudgets.web.team.HistoryNames;
import io.github.clientbudgets.web.team.HistoryPanel;
import io.github.clientbudgets.web.team.HistoryView;
import io.github.clientbudgets.web.team.LockPanel;
import io.github.clientbudgets.web.team.MyTimePage;
import io.github.clientbudgets.web.team.PeriodView;
import io.github.clientbudgets.web.team.PersonGroup;
import io.github.clientbudgets.web.team.ProjectBudgetsPage;
import io.github.clientbudgets.web.team.ServiceView;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the team templates with Velocity as Jira does (HTML escaping of references on) and checks: every method
 * a template calls is on the descriptor's Velocity allowlist, every i18n key exists, user text is escaped.
 */
class TemplatesTest {
    private static final io.github.clientbudgets.format.Formats EN = io.github.clientbudgets.format.TestFormats.english();
    private static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");
    /** Methods the templates invoked, as Class#name/arity. */
    static final Set<String> CALLED = ConcurrentHashMap.newKeySet();
    private final Set<String> missingKeys = ConcurrentHashMap.newKeySet();
    private Properties bundle;
    private I18nText text;

    /** Records each method Velocity resolves on our objects. */
    public static final class RecordingUberspect extends UberspectImpl {
        @Override
        public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) throws Exception {
            VelMethod method = super.getMethod(obj, methodName, args, i);
            if (method != null) {
                CALLED.add(obj.getClass().getName() + "#" + methodName + "/" + args.length);
            }
            return method;
        }

        @Override
        public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) throws Exception {
            VelPropertyGet getter = super.getPropertyGet(obj, identifier, i);
            if (getter != null && getter.getMethodName() != null) {
                CALLED.add(obj.getClass().getName() + "#" + getter.getMethodName() + "/0");
            }
            return getter;
        }
    }

    /** As Jira's renderer: every reference is HTML-escaped unless its name ends in "html". */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || reference.toLowerCase(java.util.Locale.ROOT).replace("}", "").endsWith("html")) {
                return value;
            }
            return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;");
        }
    }

    @BeforeEach
    void loadBundle() throws Exception {
        bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/client-budgets.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        text = new I18nText(new I18nResolver() {
            @Override
            public String getText(String key) {
                return getText(key, new Serializable[0]);
            }

            @Override
            public String getText(java.util.Locale locale, String key, Serializable... arguments) {
                return getText(key, arguments);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                String pattern = bundle.getProperty(key);
                if (pattern == null) {
                    missingKeys.add(key);
                    return key;
                }
                return MessageFormat.format(pattern, (Object[]) arguments);
            }
        });
    }

    private String render(String template, Map<String, Object> model) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("runtime.introspector.uberspect", RecordingUberspect.class.getName());
        engine.setProperty("runtime.references.strict", "false");
        engine.init();
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscaping());
        cartridge.attachToContext(context);
        Template t = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        t.merge(context, out);
        return out.toString();
    }

    private static final String EVIL = "<script>alert(1)</script>";

    private static Budget budget(BudgetType type) {
        return new Budget(7, 10, EVIL, type, Currency.getInstance("EUR"), LocalDate.parse("2026-09-01"), null,
                new BigDecimal("1000.00"), null, "pm", BudgetStatus.OPEN, false, true, false, false, 80, 100);
    }

    private static Summary summary() {
        return new Summary(7, Currency.getInstance("EUR"), new BigDecimal("1000.00"), new BigDecimal("850.00"),
                new BigDecimal("150.00"), new BigDecimal("50.00"), null, 36000, 3600, null, 85, new BigDecimal("80.00"),
                List.of(new ServiceSummary(3, EVIL, Billing.HOURLY, 36000L, 36000, 30000, new BigDecimal("800.00"), 3600,
                        new BigDecimal("80.00"))),
                List.of(new PeriodSummary(YearMonth.of(2026, 11), true, new BigDecimal("1000.00"),
                        new BigDecimal("850.00"), 36000, 3600, new BigDecimal("150.00"))));
    }

    private BudgetPage budgetPage(BudgetType type) {
        LineItem service = new LineItem(3, 7, EVIL, Billing.HOURLY, 36000L, new BigDecimal("80.00"),
                new BigDecimal("40.00"), true);
        Expense expense = new Expense(5, 7, 3L, LocalDate.parse("2026-10-01"), EVIL, new BigDecimal("50.00"), true,
                new BigDecimal("10.00"), ApprovalStatus.APPROVED);
        Summary summary = summary();
        return new BudgetPage("/jira", "ACME", EVIL, new BudgetView(budget(type).withApprovalRequired(true), summary, EVIL, true, EN),
                List.of(new ServiceView(service, summary.services().get(0), EUR, EN)),
                List.of(new ExpenseView(expense, EVIL, EUR, EN)),
                summary.periods().stream().map(p -> new PeriodView(p, EUR, EN)).toList(),
                history());
    }

    /** A budget renamed to a hostile name and an expense with one, by a user with one: sentences of user text. */
    private HistoryPanel history() {
        java.time.Instant when = java.time.Instant.parse("2026-11-02T09:30:00Z");
        List<AuditRecord> newestFirst = List.of(
                new AuditRecord(when, "pm", 7L, "EXPENSE", 5, "CREATED", "amount", null, "600.00", null),
                new AuditRecord(when, "pm", 7L, "EXPENSE", 5, "CREATED", "description", null, EVIL, null),
                new AuditRecord(when, "pm", 7L, "EXPENSE", 5, "CREATED", "date", null, "2026-10-01", null),
                new AuditRecord(when.minusSeconds(60), "pm", 7L, "BUDGET", 7, "UPDATED", "name", "Old", EVIL, null));
        HistoryNames names = new HistoryNames() {
            @Override
            public String person(String userKey) {
                return EVIL;
            }

            @Override
            public Optional<String> service(long serviceId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> expense(long expenseId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> issueKey(long issueId) {
                return Optional.empty();
            }

            @Override
            public Optional<EntryFacts> entry(long entryId) {
                return Optional.empty();
            }

            @Override
            public String currency() {
                return "EUR";
            }

            @Override
            public io.github.clientbudgets.format.Formats formats() {
                return io.github.clientbudgets.format.TestFormats.english();
            }
        };
        return HistoryPanel.of(AuditEvent.fold(newestFirst), names, Optional.empty(), text::format);
    }

    private Set<String> allowlist() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.File("atlassian-plugin.xml"));
        NodeList methods = document.getElementsByTagName("method");
        Set<String> allowed = new HashSet<>();
        for (int i = 0; i < methods.getLength(); i++) {
            String entry = ((Element) methods.item(i)).getTextContent().trim();
            String params = entry.substring(entry.indexOf('(') + 1, entry.indexOf(')'));
            int arity = params.isBlank() ? 0 : params.split(",").length;
            allowed.add(entry.substring(0, entry.indexOf('(')) + "/" + arity);
        }
        return allowed;
    }

    private void assertAllowedAndComplete(String html) throws Exception {
        assertAllowedAndKnown(html);
        assertFalse(html.contains(EVIL), "user text must be escaped");
        assertTrue(html.contains("&lt;script&gt;"), "user text should appear escaped");
    }

    /** Every call allowlisted, every key known, every reference resolved (for a fragment without user text). */
    private void assertAllowedAndKnown(String html) throws Exception {
        Set<String> ours = new HashSet<>();
        for (String call : CALLED) {
            if (call.startsWith("io.github.clientbudgets.")) {
                ours.add(call);
            }
        }
        Set<String> notAllowed = new HashSet<>(ours);
        notAllowed.removeAll(allowlist());
        assertTrue(notAllowed.isEmpty(), "called but not on the Velocity allowlist: " + notAllowed);
        assertTrue(missingKeys.isEmpty(), "i18n keys missing from the bundle: " + missingKeys);
        assertFalse(html.contains("$text") || html.contains("$page") || html.contains("$chart")
                || html.contains("$point") || html.contains("$tick"), "unresolved reference in:\n" + html);
    }

    @Test
    void projectPageRendersEscapedWithAllowlistedCallsAndKnownKeys() throws Exception {
        Summary summary = summary();
        ProjectBudgetsPage page = new ProjectBudgetsPage("/jira", "ACME", EVIL,
                List.of(new BudgetView(budget(BudgetType.TIME_AND_MATERIALS), summary, "PM", true, EN)), true);
        String html = render("templates/budgets/project-budgets-panel.vm", Map.of("page", page, "text", text));
        assertAllowedAndComplete(html);
        assertFalse(html.contains("<html") || html.contains("<body"), "a panel inside Jira's project page, not a page");
        assertTrue(html.contains("/jira/plugins/servlet/client-budgets/budget/7"));
        assertTrue(html.contains("width: 85%"));
        assertTrue(html.contains("cb-level-warn"));
        assertTrue(html.contains("id=\"cb-budget-form\""));
    }

    @Test
    void emptyProjectPageSaysSo() throws Exception {
        ProjectBudgetsPage page = new ProjectBudgetsPage("/jira", "ACME", "Acme", List.of(), false);
        String html = render("templates/budgets/project-budgets-panel.vm", Map.of("page", page, "text", text));
        assertTrue(html.contains("This project has no budgets yet."));
        assertFalse(html.contains("cb-budget-form"), "no create form for those who may not create");
        assertTrue(missingKeys.isEmpty(), missingKeys.toString());
    }

    @Test
    void projectPanelWithoutAPageShowsOnlyThatThereIsNothing() throws Exception {
        String html = render("templates/budgets/project-budgets-panel.vm", Map.of("text", text));
        assertTrue(html.contains("id=\"cb-project-budgets-none\""), html);
        assertFalse(html.contains("cb-project-budgets\""), html);
        assertTrue(missingKeys.isEmpty(), missingKeys.toString());
    }

    @Test
    void budgetPageRendersServicesExpensesMonthsAndTheSidebar() throws Exception {
        String html = render("templates/budgets/budget.vm", Map.of("page", budgetPage(BudgetType.RETAINER), "text", text));
        assertAllowedAndComplete(html);
        assertTrue(html.contains("id=\"cb-services\""));
        assertTrue(html.contains("id=\"cb-expenses\""));
        assertTrue(html.contains("id=\"cb-periods\""));
        assertTrue(html.contains("2026-11-02 09:30 UTC"));
        assertTrue(html.contains("action=\"/jira/plugins/servlet/client-budgets/portal/budget/7\""), "view as client");
        assertTrue(html.contains("<select class=\"select\" name=\"viewAs\""));
        assertTrue(html.contains("data-url=\"/budgets/7/person-names\"") && html.contains("data-url=\"/budgets/7/comments\""));
        assertTrue(html.contains("id=\"cb-grants\"") && html.contains("id=\"cb-explain-form\""));
        assertTrue(html.contains("<td id=\"cb-pending-amount\">€80.00</td>"), "pending amount shown where approval is required");
        assertTrue(html.contains("data-url=\"/budgets/7/client-access\""));
        assertEquals(1, html.split("id=\"cb-client-access\"", -1).length - 1);
        // the recorder works: these calls were seen (and checked against the allowlist above)
        assertTrue(CALLED.contains("io.github.clientbudgets.web.team.BudgetView#getName/0"), CALLED.toString());
        assertTrue(CALLED.contains("io.github.clientbudgets.web.team.ServiceView#isDefault/0"), CALLED.toString());
        assertTrue(CALLED.contains("io.github.clientbudgets.i18n.I18nText#get/2"), CALLED.toString());
    }

    @Test
    void theHistoryReadsAsSentencesWithEveryUserTextEscapedAndAFilterByKind() throws Exception {
        String html = render("templates/budgets/budget.vm", Map.of("page", budgetPage(BudgetType.RETAINER), "text", text));
        assertAllowedAndComplete(html);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertTrue(html.contains("<td class=\"cb-history-sentence\">" + escaped + " added the expense &#39;" + escaped
                + "&#39; of 01/Oct/26 (\u20ac600.00)</td>"), html);
        assertTrue(html.contains(escaped + " changed the budget: name &#39;Old&#39; \u2192 &#39;" + escaped + "&#39;"));
        assertFalse(html.contains(EVIL), "no user text reaches the page unescaped");
        assertEquals(2, html.split("class=\"cb-history-event\"", -1).length - 1, "one row per change, not per field");
        assertTrue(html.contains("data-kind=\"EXPENSE\"") && html.contains("data-kind=\"BUDGET\""));
        assertTrue(html.contains("<label for=\"cb-history-kind\">Show</label>"));
        assertTrue(html.contains("<option value=\"TIME_ENTRY\" >Time entries</option>"), "a choice per kind");
        assertTrue(html.contains("<option value=\"\" selected>All changes</option>"));
        assertFalse(html.contains("value=\"CLIENT_GRANT\""), "grants belong to a project, never to a budget's history");
        assertTrue(html.contains("<time datetime=\"2026-11-02T09:30:00Z\">2026-11-02 09:30 UTC</time>"));
    }

    @Test
    void theBurnUpChartHasAxesALabelledBudgetLineFocusablePointsAndItsTableInADisclosure() throws Exception {
        BurnUpChart chart = new BurnUpChart(new BurnUp(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-31"),
                720_000L, List.of(new BurnUp.Point(LocalDate.parse("2026-09-30"), 180_000),
                new BurnUp.Point(LocalDate.parse("2026-10-15"), 432_000))), EN);
        String html = render("templates/portal/burnup-chart.vm", Map.of("chart", chart, "text", text));
        assertAllowedAndKnown(html);
        assertTrue(html.contains("role=\"group\" aria-labelledby=\"cb-burnup-title cb-burnup-desc\""),
                "a group, not an img: an img's children would be hidden from assistive technology");
        for (String tick : List.of(">0</text>", ">50</text>", ">100</text>", ">150</text>", ">200</text>")) {
            assertTrue(html.contains(tick), "value axis tick " + tick);
        }
        for (String month : List.of(">Sep 2026</text>", ">Oct 2026</text>", ">Nov 2026</text>", ">Dec 2026</text>")) {
            assertTrue(html.contains(month), "time axis tick " + month);
        }
        assertTrue(html.contains(">Hours</text>"), "the value axis says its unit");
        assertTrue(html.contains("class=\"cb-chart-total-label\">Budget: 200.00 h</text>"), "the budget line is labelled");
        assertEquals(2, html.split("class=\"cb-chart-point\" tabindex=\"0\"", -1).length - 1, "a focusable point per month");
        assertTrue(html.contains("role=\"img\" aria-label=\"October 2026: 120.00 hours used\">"), "each point is named");
        assertTrue(html.contains("<title>October 2026: 120.00 hours used</title>"), "and has a title for the pointer");
        assertTrue(html.contains("class=\"cb-chart-tip-value\">120.00 h used</text>"), "its tooltip says the value");
        assertFalse(html.contains("cb-chart-forecast"), "no forecast line until budgets forecast");
        assertTrue(html.contains("<details class=\"cb-chart-text\" id=\"cb-burnup-text\">")
                && html.contains("<summary>The chart as a table</summary>"), "the table is a real disclosure");
        assertTrue(html.contains("<tr><td>September 2026</td><td>50.00</td></tr>")
                && html.contains("<tr><td>October 2026</td><td>120.00</td></tr>"));
        assertTrue(html.contains("From 01/Sep/26 to 31/Dec/26"), "the days in Jira's date format");
        assertTrue(html.contains("<th scope=\"row\">Budget (total hours)</th><td>200.00</td>"));
    }

    @Test
    void aChartWithoutTimeOrTotalSaysSoAndDrawsNoPoints() throws Exception {
        BurnUpChart chart = new BurnUpChart(new BurnUp(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-31"),
                null, List.of()), EN);
        String html = render("templates/portal/burnup-chart.vm", Map.of("chart", chart, "text", text));
        assertAllowedAndKnown(html);
        assertFalse(html.contains("cb-chart-point"));
        assertFalse(html.contains("cb-chart-total"));
        assertTrue(html.contains("No time yet."));
    }

    @Test
    void withoutApprovalTheBudgetPageSaysExistingEntriesStayApproved() throws Exception {
        Summary summary = summary();
        BudgetPage page = new BudgetPage("/jira", "ACME", "Acme", new BudgetView(budget(BudgetType.TIME_AND_MATERIALS),
                summary, "PM", true, EN), List.of(), List.of(), List.of(), HistoryPanel.NONE);
        String html = render("templates/budgets/budget.vm", Map.of("page", page, "text", text));
        assertTrue(html.contains("id=\"cb-approval-note\""), "approval is off and there is time: say entries stay approved");
        assertTrue(html.contains("only new and changed time"));
        assertFalse(html.contains("id=\"cb-pending-amount\""));
    }

    @Test
    void issuePanelOffersTheServices() throws Exception {
        IssuePanelView panel = new IssuePanelView("/jira", "ACME-1", EVIL,
                List.of(new IssueServiceChoice(3, EVIL, true), new IssueServiceChoice(4, "Web / Dev", false)), true);
        String html = render("templates/budgets/issue-panel.vm", Map.of("panel", panel, "text", text));
        assertAllowedAndComplete(html);
        assertTrue(html.contains("<option value=\"3\" selected>"));
        assertTrue(html.contains("data-issue-key=\"ACME-1\""));
    }

    private static io.github.clientbudgets.timeentry.TimeEntry entry(long id, ApprovalStatus status,
            io.github.clientbudgets.review.EntryState.Revision revision, String reason) {
        var live = new io.github.clientbudgets.timeentry.WorklogState(100 + id, 20, null, 10, "dev",
                java.time.Instant.parse("2026-11-03T09:00:00Z"), LocalDate.parse("2026-11-03"), 5400, EVIL);
        var approved = status == ApprovalStatus.APPROVED ? new io.github.clientbudgets.timeentry.TimeEntry.Snapshot(3600,
                live.started(), live.workDay(), 3L, true, EVIL) : null;
        var review = reason == null ? io.github.clientbudgets.timeentry.TimeEntry.Review.NONE
                : new io.github.clientbudgets.timeentry.TimeEntry.Review("pm", java.time.Instant.parse("2026-11-04T10:00:00Z"), reason);
        return new io.github.clientbudgets.timeentry.TimeEntry(id, live, 3L, null, true, EVIL, status, revision,
                approved, review);
    }

    private static EntryRow row(io.github.clientbudgets.timeentry.TimeEntry e, boolean locked, boolean own) {
        return new EntryRow(e, "ACME-1", "/jira", EVIL, EVIL, EVIL, EVIL, locked, own, EN);
    }

    private ApprovalsPage approvalsPage(List<BudgetGroup> groups, boolean filtered) {
        return new ApprovalsPage("/jira", groups, groups.stream().mapToInt(BudgetGroup::getCount).sum(),
                new ApprovalsPage.Filters(List.of(new SelectOption("7", EVIL, true)), List.of(new SelectOption("dev", EVIL, false)),
                        List.of(new SelectOption("3", EVIL, false)), "2026-11-01", "", filtered));
    }

    @Test
    void approvalsPageGroupsByBudgetAndPersonWithSelectionAndTheRejectDialog() throws Exception {
        var none = io.github.clientbudgets.review.EntryState.Revision.NONE;
        var edit = io.github.clientbudgets.review.EntryState.Revision.EDIT;
        BudgetGroup group = new BudgetGroup(7, EVIL, "ACME", "/jira/plugins/servlet/client-budgets/budget/7",
                List.of(new PersonGroup(EVIL, List.of(row(entry(1, ApprovalStatus.PENDING, none, null), false, false),
                        row(entry(2, ApprovalStatus.APPROVED, edit, null), true, false),
                        row(entry(3, ApprovalStatus.PENDING, none, null), false, true)), EN)),
                List.of(new SelectOption("3", EVIL, false)), EN);
        String html = render("templates/approvals/approvals.vm", Map.of("page", approvalsPage(List.of(group), false), "text", text));
        assertAllowedAndComplete(html);
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.general\"/>"));
        assertTrue(html.contains("method=\"get\""), "filters are a plain GET form");
        assertTrue(html.contains("<option value=\"7\" selected>&lt;script&gt;"));
        assertTrue(html.contains("value=\"2026-11-01\""));
        assertTrue(html.contains("id=\"cb-select-all\""));
        assertEquals(2, html.split("class=\"checkbox cb-select-group\"", -1).length - 1, "budget and person select-all");
        assertEquals(3, html.split("class=\"checkbox cb-select-entry\"", -1).length - 1);
        assertTrue(html.contains("4.50 h waiting"), "the budget's total: 3 × 1.5 h");
        assertTrue(html.contains("data-revision=\"EDIT\""));
        assertTrue(html.contains("Changed after approval"));
        assertTrue(html.contains("approved: 1.00 h"));
        assertTrue(html.contains("Month locked"));
        assertTrue(html.contains("data-action=\"approve-revision\""));
        assertTrue(html.contains("Nobody reviews his own time."), "own entries say why they can't be selected");
        assertTrue(html.matches("(?s).*id=\"cb-select-3\" value=\"3\"\\s+disabled.*"), "own entry not selectable");
        assertTrue(html.contains("<dialog class=\"cb-dialog\" id=\"cb-reject-dialog\""));
        assertTrue(html.contains("<label for=\"cb-reject-reason\">"));
        assertTrue(html.contains("/jira/browse/ACME-1"));
        assertFalse(html.contains("cb-approvals-empty"));
    }

    @Test
    void emptyApprovalsPageExplainsWhy() throws Exception {
        String html = render("templates/approvals/approvals.vm", Map.of("page", approvalsPage(List.of(), false), "text", text));
        assertTrue(html.contains("id=\"cb-approvals-empty\""));
        assertTrue(html.contains("Nothing waits for your review."));
        assertFalse(html.contains("id=\"cb-select-all\""));
        html = render("templates/approvals/approvals.vm", Map.of("page", approvalsPage(List.of(), true), "text", text));
        assertTrue(html.contains("matches these filters"));
        assertTrue(html.contains("id=\"cb-filter-clear\""));
        assertTrue(missingKeys.isEmpty(), missingKeys.toString());
    }

    @Test
    void myTimeShowsRejectedFirstWithTheReasonAndTheReviewer() throws Exception {
        var none = io.github.clientbudgets.review.EntryState.Revision.NONE;
        MyTimePage page = new MyTimePage("/jira", List.of(row(entry(1, ApprovalStatus.REJECTED, none, EVIL), false, true)),
                List.of(row(entry(2, ApprovalStatus.PENDING, none, null), false, true)));
        String html = render("templates/approvals/my-time.vm", Map.of("page", page, "text", text));
        assertAllowedAndComplete(html);
        assertTrue(html.indexOf("id=\"cb-my-rejected\"") < html.indexOf("id=\"cb-my-entries\""));
        assertTrue(html.contains("Rejected because:</strong> &lt;script&gt;"));
        assertTrue(html.contains("by &lt;script&gt;"));
        String empty = render("templates/approvals/my-time.vm", Map.of("page", new MyTimePage("/jira", List.of(), List.of()), "text", text));
        assertTrue(empty.contains("id=\"cb-my-time-empty\""));
    }

    @Test
    void issuePanelShowsTheApprovalStateAndTheAuthorsRejectionReason() throws Exception {
        var none = io.github.clientbudgets.review.EntryState.Revision.NONE;
        IssuePanelView panel = new IssuePanelView("/jira", "ACME-1", EVIL, List.of(), false,
                List.of(row(entry(1, ApprovalStatus.REJECTED, none, "too long"), false, true),
                        row(entry(2, ApprovalStatus.REJECTED, none, "not yours to read"), false, false)));
        String html = render("templates/budgets/issue-panel.vm", Map.of("panel", panel, "text", text));
        assertAllowedAndComplete(html);
        assertTrue(html.contains("id=\"cb-issue-entries\""));
        assertTrue(html.contains("too long"), "the author reads his reason");
        assertFalse(html.contains("not yours to read"), "others' reasons stay with them");
        assertTrue(html.contains("Rejected"));
    }

    @Test
    void budgetPageListsLockedMonthsAndLetsApproversLock() throws Exception {
        BudgetPage base = budgetPage(BudgetType.TIME_AND_MATERIALS);
        BudgetPage page = new BudgetPage("/jira", "ACME", EVIL, base.getBudget(), base.getServices(), base.getExpenses(),
                base.getPeriods(), base.getHistory(), new LockPanel(true, true,
                List.of(new SelectOption("2026-10", "October 2026", false)), List.of(new SelectOption("2026-11", "November 2026", false))),
                List.of(row(entry(1, ApprovalStatus.APPROVED, io.github.clientbudgets.review.EntryState.Revision.NONE, null), false, false),
                        row(entry(2, ApprovalStatus.APPROVED, io.github.clientbudgets.review.EntryState.Revision.NONE, null), true, false)));
        String html = render("templates/budgets/budget.vm", Map.of("page", page, "text", text));
        assertAllowedAndComplete(html);
        assertTrue(html.contains("data-month=\"2026-10\""));
        assertTrue(html.contains("<option value=\"2026-11\">November 2026</option>"), "the month by its name");
        assertTrue(html.contains("<span class=\"aui-lozenge aui-lozenge-removed\">October 2026</span>"));
        assertTrue(html.contains("/jira/plugins/servlet/client-budgets/approvals?budgetId=7"));
        assertTrue(html.contains("id=\"cb-time\""));
        assertEquals(1, html.split("data-action=\"unapprove\"", -1).length - 1, "not in a locked month");
        assertTrue(html.contains("id=\"cb-edit-dialog\""));
        BudgetPage readOnly = new BudgetPage("/jira", "ACME", EVIL, base.getBudget(), base.getServices(), base.getExpenses(),
                base.getPeriods(), base.getHistory(), new LockPanel(true, false, List.of(new SelectOption("2026-10", "October 2026", false)), List.of()),
                List.of(row(entry(1, ApprovalStatus.APPROVED, io.github.clientbudgets.review.EntryState.Revision.NONE, null), false, false)));
        html = render("templates/budgets/budget.vm", Map.of("page", readOnly, "text", text));
        assertTrue(html.contains("data-month=\"2026-10\""));
        assertFalse(html.contains("cb-unlock"));
        assertFalse(html.contains("cb-lock-form"));
        assertTrue(html.contains("id=\"cb-time\""), "the team reads the time");
        assertFalse(html.contains("data-action=\"unapprove\""), "only approvers decide");
        assertFalse(html.contains("cb-entry-edit"));
    }

    @Test
    void anEntrysHistoryIsAFragmentOfSentencesWithEveryUserTextEscaped() throws Exception {
        java.time.Instant when = java.time.Instant.parse("2026-11-02T09:30:00Z");
        AuditEvent rejected = AuditEvent.fold(List.of(new AuditRecord(when, "pm", 7L, "TIME_ENTRY", 9, "REJECT",
                "status", "PENDING", "REJECTED", EVIL))).get(0);
        EntryHistory history = new EntryHistory(List.of(new HistoryView(rejected, EVIL + " rejected " + EVIL)));
        String html = render("templates/approvals/entry-history.vm", Map.of("page", history, "text", text));
        assertAllowedAndComplete(html);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertTrue(html.contains("<li class=\"cb-entry-history-event\" data-kind=\"TIME_ENTRY\"><time datetime=\"2026-11-02T09:30:00Z\">"
                + "2026-11-02 09:30 UTC</time> &middot; <span class=\"cb-entry-history-sentence\">" + escaped + " rejected "
                + escaped + "</span></li>"), html);
        assertFalse(html.contains("<html") || html.contains("decorator"), "a fragment of the page that asked for it");

        String empty = render("templates/approvals/entry-history.vm", Map.of("page", new EntryHistory(List.of()), "text", text));
        assertAllowedAndKnown(empty);
        assertTrue(empty.contains("<p class=\"cb-entry-history-empty\">No transitions yet.</p>"), empty);
        assertFalse(empty.contains("<ol"));
    }

    @Test
    void descriptorLabelsExistInTheBundle() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.File("atlassian-plugin.xml"));
        NodeList labels = document.getElementsByTagName("label");
        for (int i = 0; i < labels.getLength(); i++) {
            String key = ((Element) labels.item(i)).getAttribute("key");
            assertTrue(bundle.containsKey(key), "descriptor label key missing: " + key);
        }
        assertTrue(Arrays.stream(BudgetType.values()).allMatch(t -> bundle.containsKey("client-budgets.type." + t)));
        assertTrue(Arrays.stream(BudgetStatus.values()).allMatch(s -> bundle.containsKey("client-budgets.status." + s)));
    }
}
