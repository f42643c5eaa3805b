package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.web.page.PageContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page gets its CSS and scripts the Jira way, over HTTP on the dev host: the page requires its own
 * web-resource context (PageBuilderService), and the head carries exactly the files of the modules of that context
 * and their dependencies, dependencies first, each once, each at Jira's address (which the host serves).
 */
class PageResourcesOnDevHostTest {
    private static final String KEY = "io.github.clientbudgets.client-budgets-jira";
    private static final Pattern TAG = Pattern.compile(
            "(?:<script src=\"|<link rel=\"stylesheet\" href=\")/jira/download/resources/" + Pattern.quote(KEY)
                    + ":([a-z-]+)/([a-zA-Z.-]+)\"");
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    /** The plugin's resources in the page's head, in order, as "module/file". */
    private static List<String> headResources(String html) {
        int head = html.indexOf("</head>");
        assertTrue(head > 0, html);
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(html.substring(0, head));
        while (m.find()) {
            found.add(m.group(1) + "/" + m.group(2));
        }
        return found;
    }

    private static String page(String cookie, String path) {
        HttpResponse<String> response = TestHosts.getWithSession(host, path, cookie);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        String html = response.body();
        assertTrue(!html.contains("/download/resources/" + KEY + ":client-budgets-resources"), "no old links");
        return html;
    }

    private static void assertPage(String html, String context, List<String> resources) {
        assertTrue(html.substring(0, html.indexOf("</head>")).contains("<!-- web-resource context: " + context + " -->"),
                "the page requires its own context " + context + ": " + html);
        assertEquals(resources, headResources(html), "the head's resources, dependencies first, each once");
        for (String resource : resources) {
            assertEquals(200, TestHosts.get(host, "/download/resources/" + KEY + ":" + resource, null).statusCode(),
                    resource + " is served at Jira's address");
        }
    }

    private static final String CORE_CSS = "core/client-budgets.css";
    private static final String CORE_JS = "core/core.js";

    @Test
    void everyPageRequiresItsOwnContextAndGetsItsResourcesDependenciesFirst() throws Exception {
        String pm = TestHosts.login(host, "pm");
        long id = 0;
        for (JsonNode b : new ObjectMapper().readTree(TestHosts.get(host,
                "/rest/client-budgets/1.0/budgets?projectKey=ACME", "pm").body())) {
            if (b.get("name").asText().equals("Website relaunch")) {
                id = b.get("id").asLong();
            }
        }
        assertTrue(id > 0);
        assertPage(page(pm, "/plugins/servlet/client-budgets/budget/" + id), PageContexts.BUDGET,
                List.of(CORE_CSS, CORE_JS, "team-questions/team-questions.js", "pickers/pickers.js", "grants/grants.js",
                        "explainer/explainer.js", "entries/entries.js", "expenses/expenses.js", "digest/digest.js",
                        "retainer-terms/retainer-terms.js", "retainer-periods/retainer-periods.css", "alerts/alerts.js",
                        "sign-offs/sign-offs.js", "page-budget/page-budget.js"));
        assertPage(page(pm, "/projects/ACME?selectedItem=" + KEY + ":project-budgets-sidebar"),
                PageContexts.PROJECT_BUDGETS, List.of(CORE_CSS, CORE_JS, "pickers/pickers.js", "grants/grants.js",
                        "retainer-terms/retainer-terms.js", "page-project-budgets/page-project-budgets.js"));
        assertPage(page(pm, "/plugins/servlet/client-budgets/approvals"), PageContexts.APPROVALS,
                List.of(CORE_CSS, CORE_JS, "entries/entries.js", "expenses/expenses.js", "page-approvals/page-approvals.js"));
        assertPage(page(TestHosts.login(host, "dev"), "/plugins/servlet/client-budgets/my-time"), PageContexts.MY_TIME,
                List.of(CORE_CSS, CORE_JS));
        assertPage(page(TestHosts.loginWithWebSudo(host, "admin"), "/plugins/servlet/client-budgets/admin"),
                PageContexts.ADMIN, List.of(CORE_CSS, CORE_JS, "pickers/pickers.js", "explainer/explainer.js", "page-admin/page-admin.js",
                        "page-admin/installation-check.js"));
        String client = TestHosts.login(host, "client");
        String home = page(client, "/plugins/servlet/client-budgets/portal");
        assertPage(home, PageContexts.PORTAL, List.of(CORE_CSS, CORE_JS, "portal-questions/portal-questions.js", "retainer-periods/retainer-periods.css",
                        "sign-offs/sign-offs.js"));
        Matcher budget = Pattern.compile("/plugins/servlet/client-budgets/portal/budget/(\\d+)").matcher(home);
        assertTrue(budget.find(), home);
        assertPage(page(client, budget.group()), PageContexts.PORTAL,
                List.of(CORE_CSS, CORE_JS, "portal-questions/portal-questions.js", "retainer-periods/retainer-periods.css",
                        "sign-offs/sign-offs.js"));
        // the issue view loads the context jira.view.issue: the panel's script comes with it
        assertEquals(List.of(CORE_CSS, CORE_JS, "issue-panel/issue-panel.js"), headResources(page(pm, "/browse/ACME-1")));
    }

    @Test
    void theOldAllInOneResourceIsGone() {
        assertEquals(404, TestHosts.get(host, "/download/resources/" + KEY + ":client-budgets-resources/client-budgets.js",
                null).statusCode());
    }
}
