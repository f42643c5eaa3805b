package io.github.clientbudgets.devhost;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.github.clientbudgets.devhost.TestHosts.basic;
import static io.github.clientbudgets.devhost.TestHosts.get;
import static io.github.clientbudgets.devhost.TestHosts.request;
import static io.github.clientbudgets.devhost.TestHosts.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host over HTTP: authentication, Platform 7 access rules, XSRF, the plugin's servlet, sidebar and resources. */
class DevHostHttpTest {
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void restWithoutSessionOrBasicAuthIs401() {
        assertEquals(401, get(host, "/rest/api/2/myself", null).statusCode());
        assertEquals(401, get(host, "/rest/api/2/issue/ACME-1/worklog", null).statusCode());
    }

    @Test
    void restWithWrongPasswordIs401() {
        HttpResponse<String> r = send(request(host, "/rest/api/2/myself").header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("pm:wrong".getBytes())).GET());
        assertEquals(401, r.statusCode());
    }

    @Test
    void myselfAnswersJiraShape() {
        HttpResponse<String> r = get(host, "/rest/api/2/myself", "pm");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"key\":\"pm\"") && r.body().contains("\"displayName\":\"Paula Manager\""), r.body());
    }

    @Test
    void formPostWithoutXsrfHeaderIs403() {
        HttpResponse<String> r = send(request(host, "/rest/api/2/issue/ACME-1/worklog")
                .header("Authorization", basic("dev"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeSpentSeconds=60")));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("XSRF check failed"), r.body());
    }

    @Test
    void formPostWithNoCheckHeaderPassesTheXsrfCheck() {
        HttpResponse<String> r = send(request(host, "/rest/api/2/issue/ACME-1/worklog")
                .header("Authorization", basic("dev"))
                .header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeSpentSeconds=60")));
        assertEquals(415, r.statusCode(), "past XSRF, Jersey refuses the media type");
    }

    @Test
    void browserPostFromAnotherOriginIs403() {
        HttpResponse<String> r = send(request(host, "/rest/api/2/issue/ACME-1/worklog")
                .header("Authorization", basic("dev"))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36")
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":60}")));
        assertEquals(403, r.statusCode());
    }

    @Test
    void jsonPostLogsWorkAndMayBeEditedAndDeletedByItsAuthor() {
        HttpResponse<String> created = send(request(host, "/rest/api/2/issue/ACME-2/worklog")
                .header("Authorization", basic("dev2")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"timeSpentSeconds\":3600,\"started\":\"2026-11-02T09:00:00.000+0000\",\"comment\":\"REST\"}")));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"timeSpent\":\"1h\""), created.body());
        String id = created.body().replaceAll(".*\"id\":\"(\\d+)\".*", "$1");
        HttpResponse<String> foreign = send(request(host, "/rest/api/2/issue/ACME-2/worklog/" + id)
                .header("Authorization", basic("dev")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":60}")));
        assertEquals(403, foreign.statusCode(), "dev may not edit dev2's worklog");
        HttpResponse<String> updated = send(request(host, "/rest/api/2/issue/ACME-2/worklog/" + id)
                .header("Authorization", basic("dev2")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timeSpent\":\"1h 30m\"}")));
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(updated.body().contains("\"timeSpentSeconds\":5400"), updated.body());
        HttpResponse<String> deleted = send(request(host, "/rest/api/2/issue/ACME-2/worklog/" + id)
                .header("Authorization", basic("dev2")).DELETE());
        assertEquals(204, deleted.statusCode());
    }

    @Test
    void portalOnlyCustomerIsUnlicensedEverywhere() {
        assertEquals(200, get(host, "/rest/api/2/myself", "client").statusCode(), "myself admits unlicensed users");
        assertEquals(403, get(host, "/rest/api/2/issue/ACME-1/worklog", "client").statusCode(),
                "an unannotated REST method serves licensed users only");
        assertEquals(200, get(host, "/rest/api/2/issue/ACME-1/worklog", "dev").statusCode());
    }

    @Test
    void pluginAdminServletFollowsAdminOnly() {
        HttpResponse<String> anonymous = get(host, "/plugins/servlet/client-budgets/admin", null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/jira/login.jsp?"));
        assertEquals(403, TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/admin",
                TestHosts.login(host, "dev")).statusCode());
        HttpResponse<String> admin = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/admin",
                TestHosts.loginWithWebSudo(host, "admin"));
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("id=\"admin-sidebar\""), "decorated with atl.admin: " + admin.body());
        assertTrue(admin.body().contains("aui-nav-selected\"><a id=\"client-budgets-admin-link\""), admin.body());
        assertTrue(admin.body().contains("id=\"cb-health\""), "the plugin's page is inside the chrome");
    }

    @Test
    void basicAuthIsForRestOnly() {
        assertEquals(302, get(host, "/plugins/servlet/client-budgets/admin", "admin").statusCode());
    }

    @Test
    void projectSidebarShowsThePluginsItemWithTheProjectKeyInItsLink() {
        HttpResponse<String> page = TestHosts.getWithSession(host, "/projects/ACME", TestHosts.login(host, "pm"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/jira/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar\""), page.body());
        assertTrue(page.body().contains(">Budgets<"), page.body());
    }

    @Test
    void theHeaderShowsCustomersOnlyWhatTheyCanOpen() {
        String dev = TestHosts.getWithSession(host, "/secure/Dashboard.jspa", TestHosts.login(host, "dev")).body();
        assertTrue(dev.contains("id=\"client-budgets-my-time-link\""), "a team member has My time: " + dev);
        assertEquals(200, TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/my-time", TestHosts.login(host, "dev")).statusCode());
        String client = TestHosts.login(host, "client");
        String page = TestHosts.getWithSession(host, "/secure/Dashboard.jspa", client).body();
        assertFalse(page.contains("client-budgets-my-time-link"), "no link to a page that refuses them: " + page);
        assertFalse(page.contains("client-budgets-approvals-link"), page);
        assertEquals(403, TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/my-time", client).statusCode(),
                "the page itself stays licensed-only");
    }

    @Test
    void theProjectsBudgetsAreAPanelOfTheProjectPageSoItsSidebarStays() {
        String pm = TestHosts.login(host, "pm");
        HttpResponse<String> page = TestHosts.getWithSession(host, "/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar", pm);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"project-sidebar\""), "Jira's project sidebar: " + page.body());
        assertTrue(page.body().contains("aui-nav-selected\"><a id=\"client-budgets-sidebar-link\""), "its item selected");
        assertTrue(page.body().contains("id=\"cb-project-budgets\"") && page.body().contains("Website relaunch"), page.body());
        HttpResponse<String> old = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/project/ACME", pm);
        assertEquals(302, old.statusCode(), "the old address redirects");
        assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/jira/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar"));
        assertEquals(404, TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/project/NOPE", pm).statusCode());
        HttpResponse<String> customer = TestHosts.getWithSession(host, "/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar", TestHosts.login(host, "client"));
        assertFalse(customer.body().contains("id=\"cb-project-budgets\""), "a customer never sees the team's panel");
    }

    @Test
    void clientCannotBrowseProjectsButReachesThePortal() {
        String session = TestHosts.login(host, "client");
        assertEquals(404, TestHosts.getWithSession(host, "/projects/ACME", session).statusCode());
        HttpResponse<String> portal = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/portal", session);
        assertEquals(200, portal.statusCode());
        assertTrue(portal.body().contains("Website relaunch") && !portal.body().contains("Support retainer"), portal.body());
    }

    @Test
    void issuePageFormsNeedTheSessionsToken() {
        String session = TestHosts.login(host, "dev");
        HttpResponse<String> page = TestHosts.getWithSession(host, "/browse/GLOBEX-3", session);
        assertEquals(200, page.statusCode());
        String token = page.body().replaceAll("(?s).*name=\"atl_token\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> forged = send(request(host, "/browse/GLOBEX-3").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=create&timeSpent=1h&comment=forged")));
        assertEquals(403, forged.statusCode(), "no atl_token, no worklog");
        HttpResponse<String> logged = send(request(host, "/browse/GLOBEX-3").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=create&timeSpent=45m&started=2026-11-02T10:00&comment=form&atl_token=" + token)));
        assertEquals(302, logged.statusCode());
        long id = host.store().db().queryLong("SELECT id FROM worklog WHERE worklogbody = 'form' AND author = 'dev'");
        assertEquals(2700, host.store().db().queryLong("SELECT timeworked FROM worklog WHERE id = ?", id));
        HttpResponse<String> edited = send(request(host, "/browse/GLOBEX-3").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=update&worklogId=" + id
                        + "&timeSpent=2h&started=2026-11-02T10:00&comment=edited&atl_token=" + token)));
        assertEquals(302, edited.statusCode());
        assertEquals(7200, host.store().db().queryLong("SELECT timeworked FROM worklog WHERE id = ?", id));
        HttpResponse<String> deleted = send(request(host, "/browse/GLOBEX-3").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=delete&worklogId=" + id + "&atl_token=" + token)));
        assertEquals(302, deleted.statusCode());
        assertEquals(0, host.store().db().queryLong("SELECT COUNT(*) FROM worklog WHERE id = ?", id));
    }

    @Test
    void unknownPluginServletIs404() {
        assertEquals(404, get(host, "/plugins/servlet/client-budgets/no-such-page", "pm").statusCode());
    }

    @Test
    void pluginResourcesAreServed() {
        String key = host.plugin().descriptor().key();
        HttpResponse<String> css = get(host, "/download/resources/" + key + ":core/client-budgets.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, get(host, "/download/resources/" + key + "/images/plugin-icon.png", null).statusCode());
        assertEquals(404, get(host, "/download/resources/" + key + "/../pom.xml", null).statusCode());
    }
}
