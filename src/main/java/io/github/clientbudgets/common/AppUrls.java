package io.github.clientbudgets.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The app's own addresses below Jira's base URL (or context path): servlets, REST, conditions and mails build their
 * links from here. The descriptor declares the same paths (servlet url-patterns, the REST module's path and
 * version), and a test keeps the two in step. Templates and scripts keep their relative links.
 */
public final class AppUrls {
    /** The pom's atlassian.plugin.key: never changes (Active Objects derives the table prefix from it). */
    public static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";

    /** Jira serves a plugin servlet at /plugins/servlet + its url-pattern. */
    public static final String SERVLET_BASE = "/plugins/servlet/client-budgets";
    /** The old address of a project's budgets ({@code .../project/KEY}), which redirects to {@link #projectBudgets}. */
    public static final String PROJECT = SERVLET_BASE + "/project";
    /** One budget for the team: {@code .../budget/ID}. */
    public static final String BUDGET = SERVLET_BASE + "/budget";
    /** The client portal: my budgets; {@code .../portal/budget/ID} one budget. */
    public static final String PORTAL = SERVLET_BASE + "/portal";
    public static final String APPROVALS = SERVLET_BASE + "/approvals";
    public static final String MY_TIME = SERVLET_BASE + "/my-time";
    /** One time entry's history as sentences, an HTML fragment: {@code .../entry-history/ID}. */
    public static final String ENTRY_HISTORY = SERVLET_BASE + "/entry-history";
    public static final String ADMIN = SERVLET_BASE + "/admin";
    /** Where a client mail's unsubscribe link leads: {@code .../unsubscribe?token=...} (no login needed). */
    public static final String UNSUBSCRIBE = SERVLET_BASE + "/unsubscribe";
    /** A sign-off's printable statement: {@code .../statement/{id}} (HTML) and {@code .../statement/{id}.csv}. */
    public static final String STATEMENT = SERVLET_BASE + "/statement";

    /** Jira serves a REST module at /rest + its path + "/" + its version. */
    public static final String REST_BASE = "/rest/client-budgets/1.0";

    /** The project sidebar item's key, which is also the location of the web-panel that is the project's page. */
    public static final String PROJECT_SIDEBAR_ITEM = PLUGIN_KEY + ":project-budgets-sidebar";

    private AppUrls() {
    }

    /** The team's page of one budget. */
    public static String budget(String base, long budgetId) {
        return base + BUDGET + "/" + budgetId;
    }

    /** The client portal's page of one budget (tabs and CSV are below it). */
    public static String portalBudget(String base, long budgetId) {
        return base + PORTAL + "/budget/" + budgetId;
    }

    /** The project's Budgets page in Jira's project-centric view. */
    public static String projectBudgets(String base, String projectKey) {
        // the item key has only letters, digits, dots, hyphens and one colon: all legal in a query as they are
        return base + "/projects/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20")
                + "?selectedItem=" + PROJECT_SIDEBAR_ITEM;
    }
}
