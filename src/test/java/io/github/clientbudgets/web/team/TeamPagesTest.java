package io.github.clientbudgets.web.team;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.RecordingPageBuilder;
import io.github.clientbudgets.web.issuepanel.IssueHasBudgetsCondition;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The servlets' gatekeeping (login, 404) and the sidebar condition. */
class TeamPagesTest {
    private static final Budget BUDGET = new Budget(7, 10, "Website", BudgetType.TIME_AND_MATERIALS,
            Currency.getInstance("EUR"), LocalDate.parse("2026-09-01"), null, new BigDecimal("100.00"), null, "pm",
            BudgetStatus.OPEN, false, false, false, false, 80, 100);
    private static final Summary SUMMARY = new Summary(7, Currency.getInstance("EUR"), new BigDecimal("100.00"),
            new BigDecimal("0.00"), new BigDecimal("100.00"), new BigDecimal("0.00"), null, 0, 0, null, 0, new BigDecimal("0.00"),
            List.of(), List.of());

    private FakePermissions permissions;
    private BudgetService budgets;
    private SummaryService summaries;
    private TemplateRenderer renderer;
    private PageRenderer pages;
    private RecordingPageBuilder pageBuilder;
    private HttpServletRequest request;
    private HttpServletResponse response;

    @BeforeEach
    void setUp() throws Exception {
        permissions = new FakePermissions().project(10, "ACME").admin("pm", 10).browser("dev", 10).user("stranger");
        budgets = mock(BudgetService.class);
        summaries = mock(SummaryService.class);
        renderer = mock(TemplateRenderer.class);
        LoginUriProvider login = mock(LoginUriProvider.class);
        when(login.getLoginUri(any())).thenAnswer(a -> URI.create("/jira/login.jsp?os_destination="
                + a.getArgument(0, URI.class)));
        pageBuilder = new RecordingPageBuilder();
        pages = new PageRenderer(renderer, login, pageBuilder);
        request = mock(HttpServletRequest.class);
        response = mock(HttpServletResponse.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://localhost/jira/plugins/servlet/client-budgets/budget/7"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(budgets.budget("pm", 7)).thenReturn(BUDGET);
        when(budgets.budget("stranger", 7)).thenThrow(new NotFoundException());
        when(budgets.budgetsOfProject("pm", "ACME")).thenReturn(List.of(BUDGET));
        when(budgets.budgetsOfProject("stranger", "ACME")).thenThrow(new NotFoundException());
        when(summaries.compute(BUDGET)).thenReturn(SUMMARY);
    }

    private BudgetServlet budgetServlet() {
        return new BudgetServlet(permissions, new BudgetPageModels(budgets, mock(io.github.clientbudgets.lineitem.LineItemService.class), mock(io.github.clientbudgets.expense.ExpenseService.class), summaries, permissions), pages, io.github.clientbudgets.format.TestFormats.reader(java.util.Locale.US), new I18nText(null),
                new TeamQuestionModels(mock(io.github.clientbudgets.question.QuestionService.class),
                        mock(io.github.clientbudgets.approval.ApprovalService.class), permissions));
    }

    private ProjectBudgetsServlet projectServlet() {
        return new ProjectBudgetsServlet(permissions, pages);
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        when(request.getPathInfo()).thenReturn("/7");
        budgetServlet().doGet(request, response);
        verify(response).sendRedirect(eq("/jira/login.jsp?os_destination=http://localhost/jira/plugins/servlet/client-budgets/budget/7"));
        verify(renderer, never()).render(anyString(), any(), any(Writer.class));
    }

    @Test
    void whoCannotSeeTheBudgetGets404() throws Exception {
        permissions.loggedIn("stranger");
        when(request.getPathInfo()).thenReturn("/7");
        budgetServlet().doGet(request, response);
        verify(response).sendError(404);
        when(request.getPathInfo()).thenReturn("/ACME");
        projectServlet().doGet(request, response);
        verify(response, org.mockito.Mockito.times(2)).sendError(404);
        verify(renderer, never()).render(anyString(), any(), any(Writer.class));
    }

    @Test
    void badPathsGet404() throws Exception {
        permissions.loggedIn("pm");
        for (String path : new String[]{null, "/", "/abc", "/7/x", "/99999999999"}) {
            when(request.getPathInfo()).thenReturn(path);
            budgetServlet().doGet(request, response);
        }
        verify(response, org.mockito.Mockito.times(5)).sendError(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePmSeesTheBudgetPage() throws Exception {
        permissions.loggedIn("pm");
        when(budgets.canManage("pm", BUDGET)).thenReturn(true);
        when(request.getPathInfo()).thenReturn("/7");
        budgetServlet().doGet(request, response);
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("templates/budgets/budget.vm"), model.capture(), any(Writer.class));
        BudgetPage page = (BudgetPage) model.getValue().get("page");
        assertEquals("Website", page.getBudget().getName());
        assertEquals("ACME", page.getProjectKey());
        assertTrue(page.getBudget().isCanManage());
        verify(response).setContentType("text/html;charset=UTF-8");
        assertEquals(List.of(PageContexts.BUDGET), pageBuilder.contexts, "the page requires its own resources");
    }

    @Test
    void theOldProjectAddressRedirectsIntoTheProjectCentricView() throws Exception {
        permissions.loggedIn("dev");
        when(request.getPathInfo()).thenReturn("/ACME");
        projectServlet().doGet(request, response);
        verify(response).sendRedirect("/jira/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar");
    }

    @Test
    void theProjectPanelListsBudgetsAndKnowsWhoMayCreate() {
        permissions.loggedIn("pm");
        when(budgets.canCreateIn("pm", 10)).thenReturn(true);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("ACME");
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        ProjectBudgetsContextProvider provider = new ProjectBudgetsContextProvider(permissions,
                new BudgetPageModels(budgets, mock(io.github.clientbudgets.lineitem.LineItemService.class), mock(io.github.clientbudgets.expense.ExpenseService.class), summaries, permissions), new I18nText(null), properties, pageBuilder,
                io.github.clientbudgets.format.TestFormats.reader(java.util.Locale.US));
        Map<String, Object> context = provider.getContextMap(Map.of("project", project));
        ProjectBudgetsPage page = (ProjectBudgetsPage) context.get("page");
        assertEquals(1, page.getBudgets().size());
        assertTrue(page.isCanCreate());
        assertEquals("/jira", page.getBaseUrl());
        assertEquals(List.of(PageContexts.PROJECT_BUDGETS), pageBuilder.contexts, "the panel requires its resources");
        assertEquals(page.getBudgets().size(), ((ProjectBudgetsPage) provider.getContextMap(Map.of("projectKey", "ACME"))
                .get("page")).getBudgets().size(), "projectKey alone will do");
        permissions.loggedIn("stranger");
        assertFalse(provider.getContextMap(Map.of("project", project)).containsKey("page"), "not visible: nothing");
        permissions.loggedIn(null);
        assertFalse(provider.getContextMap(Map.of("project", project)).containsKey("page"), "anonymous: nothing");
    }

    @Test
    void sidebarItemShowsOnlyToThoseWhoBrowseTheProject() {
        BrowseProjectCondition condition = new BrowseProjectCondition(permissions);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10L);
        permissions.loggedIn("dev");
        assertTrue(condition.shouldDisplay(Map.of("project", project)));
        assertTrue(condition.shouldDisplay(Map.of("projectKey", "ACME")));
        permissions.loggedIn("stranger");
        assertFalse(condition.shouldDisplay(Map.of("project", project)));
        permissions.loggedIn(null);
        assertFalse(condition.shouldDisplay(Map.of("project", project)));
        permissions.loggedIn("dev");
        assertFalse(condition.shouldDisplay(Map.of()));
    }

    @Test
    void issuePanelShowsOnlyWhereTheProjectHasBudgets() {
        IssueHasBudgetsCondition condition = new IssueHasBudgetsCondition(budgets, permissions);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("ACME");
        com.atlassian.jira.issue.Issue issue = mock(com.atlassian.jira.issue.Issue.class);
        when(issue.getProjectObject()).thenReturn(project);
        permissions.loggedIn("pm");
        assertTrue(condition.shouldDisplay(Map.of("issue", issue)));
        permissions.loggedIn("stranger");
        assertFalse(condition.shouldDisplay(Map.of("issue", issue)));
        when(budgets.budgetsOfProject("dev", "ACME")).thenReturn(List.of());
        permissions.loggedIn("dev");
        assertFalse(condition.shouldDisplay(Map.of("issue", issue)));
        assertFalse(condition.shouldDisplay(Map.of()));
    }
}
