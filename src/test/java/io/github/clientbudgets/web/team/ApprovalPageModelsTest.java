package io.github.clientbudgets.web.team;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState.Revision;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.WorklogState;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The approval pages' models (grouping, totals, flags, filter choices) and their servlets' gatekeeping. */
class ApprovalPageModelsTest {
    private static final Budget WEBSITE = new Budget(7, 10, "Website", BudgetType.TIME_AND_MATERIALS,
            Currency.getInstance("EUR"), LocalDate.parse("2026-09-01"), null, new BigDecimal("100.00"), null, "pm",
            BudgetStatus.OPEN, true, false, false, false, 80, 100);
    private static final LineItem DESIGN = new LineItem(3, 7, "Design", Billing.HOURLY, null, null, null, true);
    private static final LineItem DEV = new LineItem(4, 7, "Development", Billing.HOURLY, null, null, null, false);

    private FakePermissions permissions;
    private ApprovalService approvals;
    private BudgetService budgets;
    private LineItemStore store;
    private ApprovalPageModels models;

    private static TimeEntry entry(long id, String author, String day, long seconds, long serviceId,
                                   ApprovalStatus status, Revision revision) {
        WorklogState live = new WorklogState(100 + id, 20 + id, null, 10, author, Instant.parse(day + "T09:00:00Z"),
                LocalDate.parse(day), seconds, "work");
        TimeEntry.Snapshot approved = status == ApprovalStatus.APPROVED
                ? new TimeEntry.Snapshot(3600, live.started(), live.workDay(), serviceId, true, "work") : null;
        TimeEntry.Review review = status == ApprovalStatus.REJECTED
                ? new TimeEntry.Review("pm", Instant.parse("2026-11-20T10:00:00Z"), "wrong issue") : TimeEntry.Review.NONE;
        return new TimeEntry(id, live, serviceId, null, true, null, status, revision, approved, review);
    }

    @BeforeEach
    void setUp() {
        permissions = new FakePermissions().project(10, "ACME").admin("pm", 10).browser("dev", 10).browser("dev2", 10)
                .issue(21, "ACME-1", 10, null).issue(22, "ACME-2", 10, null).issue(23, "ACME-3", 10, null)
                .issue(24, "ACME-4", 10, null);
        approvals = mock(ApprovalService.class);
        budgets = mock(BudgetService.class);
        store = mock(LineItemStore.class);
        when(budgets.budget(anyString(), eq(7L))).thenReturn(WEBSITE);
        when(store.lineItems(7L)).thenReturn(List.of(DESIGN, DEV));
        when(store.lineItem(3)).thenReturn(Optional.of(DESIGN));
        when(store.lineItem(4)).thenReturn(Optional.of(DEV));
        when(approvals.lockedMonths("pm", 7)).thenReturn(List.of(YearMonth.of(2026, 10)));
        models = new ApprovalPageModels(approvals, budgets, store, permissions);
    }

    @Test
    void theQueueIsGroupedByBudgetAndPersonWithTotalsAndFlags() {
        List<TimeEntry> queue = List.of(
                entry(1, "dev", "2026-11-02", 5400, 3, ApprovalStatus.PENDING, Revision.NONE),
                entry(2, "dev", "2026-10-15", 7200, 4, ApprovalStatus.APPROVED, Revision.EDIT),
                entry(3, "dev2", "2026-11-03", 3600, 4, ApprovalStatus.PENDING, Revision.NONE),
                entry(4, "pm", "2026-11-04", 1800, 3, ApprovalStatus.PENDING, Revision.NONE));
        EntryPage page = new EntryPage(4, queue, Map.of(1L, 7L, 2L, 7L, 3L, 7L, 4L, 7L));
        when(approvals.reviewQueue(eq("pm"), any(), any(), any(), any(), any(), anyInt())).thenReturn(page);

        ApprovalsPage model = models.approvalsPage("pm", new ApprovalPageModels.Query(null, null, null, null, null), "/jira",
                io.github.clientbudgets.format.TestFormats.english());
        assertEquals(1, model.getGroups().size());
        BudgetGroup group = model.getGroups().get(0);
        assertEquals("Website", group.getBudgetName());
        assertEquals("ACME", group.getProjectKey());
        assertEquals("5.00", group.getHours(), "1.5 + 2 + 1 + 0.5 h");
        assertEquals(List.of(permissions.displayName("dev"), permissions.displayName("dev2"), permissions.displayName("pm")),
                group.getPersons().stream().map(PersonGroup::getAuthorName).toList());
        assertEquals("3.50", group.getPersons().get(0).getHours());
        EntryRow revision = group.getPersons().get(0).getEntries().get(1);
        assertTrue(revision.isHasRevision());
        assertTrue(revision.isLocked(), "October is locked");
        assertEquals("1.00", revision.getApprovedHours());
        assertEquals("Development", revision.getServiceName());
        assertEquals("/jira/browse/ACME-2", revision.getIssueUrl());
        assertFalse(group.getPersons().get(0).getEntries().get(0).isLocked());
        assertTrue(group.getPersons().get(2).getEntries().get(0).isOwn(), "pm's own entry is marked");
        assertEquals(2, group.getServices().size());
        assertFalse(model.isFiltered());
        assertFalse(model.isTruncated());
        assertEquals(Set.of("dev", "dev2", "pm"), Set.copyOf(model.getPersonOptions().stream().map(SelectOption::getValue).toList()));
        assertEquals(List.of("Website / Design", "Website / Development"),
                model.getServiceOptions().stream().map(SelectOption::getLabel).toList());
        verify(approvals).reviewQueue("pm", null, null, null, null, null, ApprovalService.MAX_BULK);
    }

    @Test
    void filtersGoToTheQueueAndBadOnesAreIgnored() {
        when(approvals.reviewQueue(anyString(), any(), any(), any(), any(), any(), anyInt()))
                .thenReturn(new EntryPage(0, List.of(), Map.of()));
        ApprovalsPage model = models.approvalsPage("pm",
                new ApprovalPageModels.Query("7", " dev ", "x", "2026-11-01", "2026-13-45"), "/jira", io.github.clientbudgets.format.TestFormats.english());
        verify(approvals).reviewQueue("pm", 7L, "dev", null, LocalDate.parse("2026-11-01"), null, ApprovalService.MAX_BULK);
        assertTrue(model.isFiltered());
        assertFalse(model.isHasEntries());
        assertEquals("2026-11-01", model.getFrom());
        assertEquals("", model.getTo());
    }

    @Test
    void myTimePutsRejectedFirstWithTheReviewer() {
        when(approvals.myEntries(eq("dev"), eq(Set.of()), anyInt())).thenReturn(List.of(
                entry(1, "dev", "2026-11-05", 3600, 3, ApprovalStatus.PENDING, Revision.NONE),
                entry(2, "dev", "2026-11-04", 3600, 4, ApprovalStatus.REJECTED, Revision.NONE)));
        when(budgets.budget("dev", 7)).thenReturn(WEBSITE);
        MyTimePage page = models.myTimePage("dev", "/jira", io.github.clientbudgets.format.TestFormats.english());
        assertEquals(1, page.getRejected().size());
        EntryRow rejected = page.getRejected().get(0);
        assertEquals("wrong issue", rejected.getRejectionReason());
        assertEquals(permissions.displayName("pm"), rejected.getReviewerName());
        assertEquals("Website", rejected.getBudgetName());
        assertEquals("Development", rejected.getServiceName());
        assertEquals(1, page.getOthers().size());
        assertEquals("", page.getOthers().get(0).getRejectionReason());
    }

    @Test
    void theServletsSendTheAnonymousToLoginAndAnswer404BelowThem() throws Exception {
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        LoginUriProvider login = mock(LoginUriProvider.class);
        when(login.getLoginUri(any())).thenAnswer(a -> URI.create("/jira/login.jsp?os_destination=" + a.getArgument(0, URI.class)));
        io.github.clientbudgets.testing.RecordingPageBuilder pageBuilder = new io.github.clientbudgets.testing.RecordingPageBuilder();
        PageRenderer pages = new PageRenderer(renderer, login, pageBuilder);
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://localhost/jira/plugins/servlet/client-budgets/approvals"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        ApprovalsServlet approvalsServlet = new ApprovalsServlet(permissions, models, pages,
                io.github.clientbudgets.format.TestFormats.reader(java.util.Locale.US), new I18nText(null),
                new TeamQuestionModels(mock(io.github.clientbudgets.question.QuestionService.class), approvals, permissions));
        MyTimeServlet myTime = new MyTimeServlet(permissions, models, pages,
                io.github.clientbudgets.format.TestFormats.reader(java.util.Locale.US), new I18nText(null));

        approvalsServlet.doGet(request, response);
        myTime.doGet(request, response);
        verify(response, org.mockito.Mockito.times(2)).sendRedirect(anyString());
        verify(renderer, never()).render(anyString(), any(), any(Writer.class));

        permissions.loggedIn("dev");
        when(request.getPathInfo()).thenReturn("/x");
        approvalsServlet.doGet(request, response);
        myTime.doGet(request, response);
        verify(response, org.mockito.Mockito.times(2)).sendError(404);

        when(request.getPathInfo()).thenReturn(null);
        when(approvals.reviewQueue(anyString(), isNull(), isNull(), isNull(), isNull(), isNull(), anyInt()))
                .thenReturn(new EntryPage(0, List.of(), Map.of()));
        approvalsServlet.doGet(request, response);
        verify(renderer).render(eq(ApprovalsServlet.TEMPLATE), any(), any(Writer.class));
        assertEquals(List.of(PageContexts.APPROVALS), pageBuilder.contexts, "the page requires its own resources");
    }

    @Test
    void theApprovalsLinkShowsToWhoApprovesSomewhere() {
        BudgetStore budgetStore = mock(BudgetStore.class);
        when(budgetStore.projectsWithApprovalBudgets()).thenReturn(List.of(WEBSITE.projectId()));
        ApproverCondition approver = new ApproverCondition(budgetStore, permissions);
        com.atlassian.sal.api.user.UserManager sal = org.mockito.Mockito.mock(com.atlassian.sal.api.user.UserManager.class);
        when(sal.isLicensed(new com.atlassian.sal.api.user.UserKey("pm"))).thenReturn(true);
        when(sal.isLicensed(new com.atlassian.sal.api.user.UserKey("dev"))).thenReturn(true);
        LicensedUserCondition loggedIn = new LicensedUserCondition(permissions, sal);
        permissions.loggedIn("pm");
        assertTrue(approver.shouldDisplay(Map.of()), "project admin");
        permissions.loggedIn("dev");
        assertFalse(approver.shouldDisplay(Map.of()), "a team member");
        assertTrue(loggedIn.shouldDisplay(Map.of()));
        permissions.loggedIn("client");
        assertFalse(loggedIn.shouldDisplay(Map.of()), "a portal-only customer: My time would answer 403");
        permissions.loggedIn(null);
        assertFalse(approver.shouldDisplay(Map.of()));
        assertFalse(loggedIn.shouldDisplay(Map.of()));
        permissions.loggedIn("pm");
        when(budgetStore.projectsWithApprovalBudgets()).thenReturn(List.of());
        assertFalse(approver.shouldDisplay(Map.of()), "no budget requires approval");
        when(budgetStore.ownsApprovalBudget("dev")).thenReturn(true);
        permissions.loggedIn("dev");
        assertTrue(approver.shouldDisplay(Map.of()), "the owner of a budget that requires approval");
    }
}
