package io.github.clientbudgets.devhost;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WebSudo as Jira has it: the app's admin page and its admin REST ask a logged-in admin for the password again,
 * and only a secure administrator session passes; scripts with HTTP Basic are not asked (Atlassian REST exempts them).
 */
class WebSudoOnDevHostTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/client-budgets/admin";
    private static final String RESYNC = "/rest/client-budgets/1.0/admin/resync";
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
    void theAdminPageSendsAnAdminWithoutASecureSessionToThePasswordPrompt() {
        String cookie = TestHosts.login(host, "admin");
        HttpResponse<String> page = TestHosts.getWithSession(host, ADMIN_PAGE, cookie);
        assertEquals(302, page.statusCode());
        assertEquals("/jira/secure/admin/WebSudoAuthenticate!default.jspa?webSudoDestination=%2Fplugins%2Fservlet%2Fclient-budgets%2Fadmin",
                location(page));
        HttpResponse<String> prompt = TestHosts.getWithSession(host, location(page).substring("/jira".length()), cookie);
        assertEquals(200, prompt.statusCode());
        assertTrue(prompt.body().contains("id=\"login-form-authenticatePassword\""), prompt.body());
        assertTrue(prompt.body().contains("name=\"webSudoDestination\" value=\"/plugins/servlet/client-budgets/admin\""), prompt.body());
    }

    @Test
    void aWrongPasswordOrAMissingTokenLeavesTheSessionOrdinary() {
        String cookie = TestHosts.login(host, "admin");
        HttpResponse<String> wrong = TestHosts.webSudo(host, cookie, "not-the-password", ADMIN_PAGE);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"websudo-error\""), wrong.body());
        HttpResponse<String> noToken = TestHosts.send(TestHosts.request(host, "/secure/admin/WebSudoAuthenticate.jspa")
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("webSudoPassword=admin&webSudoDestination=%2F")));
        assertEquals(403, noToken.statusCode());
        assertEquals(302, TestHosts.getWithSession(host, ADMIN_PAGE, cookie).statusCode(), "still no secure session");
        assertEquals(401, postResync(cookie, null).statusCode(), "nor for the admin REST");
    }

    @Test
    void thePasswordOpensTheAdminPageAndItsRestForThisSessionOnly() {
        String cookie = TestHosts.login(host, "admin");
        HttpResponse<String> sudo = TestHosts.webSudo(host, cookie, "admin", ADMIN_PAGE);
        assertEquals(302, sudo.statusCode());
        assertEquals("/jira" + ADMIN_PAGE, location(sudo));
        HttpResponse<String> page = TestHosts.getWithSession(host, ADMIN_PAGE, cookie);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"cb-health\""), page.body());
        assertEquals(200, TestHosts.getWithSession(host, RESYNC, cookie).statusCode());
        assertEquals(202, postResync(cookie, null).statusCode());
        String other = TestHosts.login(host, "admin");
        assertEquals(302, TestHosts.getWithSession(host, ADMIN_PAGE, other).statusCode(), "another session is not secure");
        assertEquals(401, TestHosts.getWithSession(host, RESYNC, other).statusCode());
    }

    @Test
    void anOffsiteDestinationEndsOnTheDashboard() {
        String cookie = TestHosts.login(host, "admin");
        HttpResponse<String> sudo = TestHosts.webSudo(host, cookie, "admin", "//evil.example/x");
        assertEquals(302, sudo.statusCode());
        assertEquals("/jira/secure/Dashboard.jspa", location(sudo));
    }

    @Test
    void nonAdminsGetNoPromptAndScriptsWithBasicAreNotAsked() {
        assertEquals(403, TestHosts.getWithSession(host, ADMIN_PAGE, TestHosts.login(host, "pm")).statusCode(),
                "refused before WebSudo is asked");
        assertEquals(403, postResync(TestHosts.loginWithWebSudo(host, "pm"), null).statusCode(),
                "a secure session does not make a PM an admin");
        assertEquals(200, TestHosts.get(host, RESYNC, "admin").statusCode(), "HTTP Basic: no WebSudo (as Atlassian REST)");
        assertNotEquals(401, postResync(null, "admin").statusCode());
        assertEquals(302, TestHosts.get(host, "/secure/admin/", null).statusCode(), "the host's own admin page: login first");
        assertEquals(302, TestHosts.getWithSession(host, "/secure/admin/", TestHosts.login(host, "admin")).statusCode(),
                "and WebSudo, like every Jira admin page");
    }

    /** The redirect's path and query (Jetty makes Location absolute). */
    private static String location(HttpResponse<String> response) {
        java.net.URI uri = java.net.URI.create(response.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static HttpResponse<String> postResync(String cookie, String basicUser) {
        HttpRequest.Builder r = TestHosts.request(host, RESYNC).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        if (basicUser != null) {
            r.header("Authorization", TestHosts.basic(basicUser));
        }
        return TestHosts.send(r);
    }
}
