package io.github.clientbudgets.admin;

import java.util.List;

/**
 * One harmless request per REST class, run by the admin's browser on the installation check: Jersey builds the class
 * for the request (REST v2 resolves its {@code @Inject} constructor), so an answer with the expected status, and
 * for a 404 the app's own error text, shows that the class and the {@code ErrorMapper} were built inside this Jira.
 * A class Jersey cannot build answers 500; one it never registered answers Jersey's bare 404. Ids 0 and keys that
 * cannot exist make every probe change nothing.
 */
public record RestProbe(String resource, String method, String path, String body, int expectedStatus) {

    /** Every REST class of the plugin, with its probe; {@code RestProbesTest} checks none is missing. */
    public static final List<RestProbe> ALL = List.of(
            new RestProbe("BudgetResource", "GET", "/budgets/0", null, 404),
            new RestProbe("PeriodLockResource", "GET", "/budgets/0/locks", null, 404),
            new RestProbe("ServiceResource", "PUT", "/services/0", "{}", 404),
            new RestProbe("ExpenseResource", "PUT", "/expenses/0", "{}", 404),
            new RestProbe("IssueServiceResource", "GET", "/issues/NO-0/service", null, 404),
            new RestProbe("ClientGrantResource", "GET", "/projects/NO-SUCH-PROJECT-0/client-grants", null, 404),
            new RestProbe("TimeEntryResource", "GET", "/time-entries/0/history", null, 404),
            new RestProbe("AccessExplainResource", "GET", "/access/explain?userKey=nobody&budgetId=0", null, 404),
            new RestProbe("RetainerPeriodResource", "GET", "/budgets/0/periods", null, 404),
            new RestProbe("AlertResource", "GET", "/budgets/0/alerts", null, 404),
            new RestProbe("DigestResource", "GET", "/budgets/0/digest", null, 404),
            new RestProbe("BudgetQuestionsResource", "GET", "/budgets/0/questions", null, 404),
            new RestProbe("QuestionResource", "POST", "/questions/0/confirm", "{\"answer\":\"probe\"}", 404),
            new RestProbe("PortalQuestionResource", "GET", "/portal/budgets/0/questions", null, 404),
            new RestProbe("TeamSignOffResource", "GET", "/budgets/0/sign-offs", null, 404),
            new RestProbe("PortalSignOffResource", "GET", "/portal/budgets/0/sign-offs", null, 404),
            new RestProbe("PortalResource", "GET", "/portal/budgets", null, 200),
            new RestProbe("ResyncResource", "GET", "/admin/resync", null, 200),
            new RestProbe("InstallationCheckResource", "GET", "/admin/installation-check", null, 200));

    // getters for the template (allowlisted)
    public String getResource() {
        return resource;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    public int getExpectedStatus() {
        return expectedStatus;
    }
}
