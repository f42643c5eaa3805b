package io.github.clientbudgets.portal;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where JSM customers meet the app, over HTTP on the dev host with its small JSM: the Budgets panel on the customer
 * portal of a project where the customer sees a budget (ACME = portal 1 for {@code client}), on no other portal and
 * for no one else; the client portal in its own frame for customers and in Jira's for licensed users; the anonymous
 * sent to JSM's customer login with a {@code destination} that brings them back; hostile budget names escaped in
 * the panel. Without JSM: Jira's login and no customer portal.
 */
class JsmCustomerPortalTest {
    private static final String REST = "/rest/client-budgets/1.0";
    private static final String PORTAL = "/plugins/servlet/client-budgets/portal";
    static final List<String> HOSTILE = List.of("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=2\">",
            "\"><svg onload=window.__xss=3>", "</li></ul><script>window.__xss=4</script>");
    private static DevHost host;
    private static long website;
    private static long helpBudget;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        // a second service desk project (portal 2): a client-visible budget there, but no grant for client
        host.store().createProject("HELP", "Help desk", "Another service desk", "pm", "service_desk");
        long help = host.store().projectByKey("HELP").orElseThrow().getId();
        host.store().addRoleActor(help, io.github.clientbudgets.devhost.jira.JiraStore.ROLE_ADMINISTRATORS, "pm");
        helpBudget = id(post("/budgets", budget("HELP", "Help desk budget")));
        for (String name : HOSTILE) {
            id(post("/budgets", budget("ACME", name)));
        }
        website = budgetId("Website relaunch");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static String budget(String project, String name) {
        return "{\"projectKey\":\"" + project + "\",\"name\":" + PortalXssBrowserTest.json(name)
                + ",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"EUR\",\"startDate\":\"" + TestHosts.DEMO_START
                + "\",\"totalAmount\":\"5000\",\"totalHours\":\"50\",\"clientAccess\":true}";
    }

    private static HttpResponse<String> post(String path, String body) {
        return TestHosts.send(TestHosts.request(host, REST + path).header("Authorization", TestHosts.basic("pm"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static long id(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(r.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    private static long budgetId(String name) {
        String body = TestHosts.get(host, REST + "/portal/budgets", "client").body();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"" + Pattern.quote(name) + "\"").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    /** The customer portal as {@code user} sees it, logged in through JSM's customer login. */
    private static String portal(String user, int id) {
        HttpResponse<String> r = TestHosts.getWithSession(host, "/servicedesk/customer/portal/" + id, customerLogin(user, "portal/" + id));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String customerLogin(String user, String destination) {
        HttpResponse<String> r = customerLoginResponse(user, destination);
        assertEquals(302, r.statusCode(), r.body());
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpResponse<String> customerLoginResponse(String user, String destination) {
        return TestHosts.send(TestHosts.request(host, "/servicedesk/customer/user/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=" + user + "&os_password=" + user + "&destination="
                        + URLEncoder.encode(destination, StandardCharsets.UTF_8))));
    }

    /** The redirect's target without scheme and host (Jetty makes it absolute). */
    static String location(HttpResponse<String> r) {
        java.net.URI uri = java.net.URI.create(r.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String subheader(String page) {
        Matcher m = Pattern.compile("<div id=\"cv-portal-subheader\"[^>]*>(.*?)</div><p", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    void theClientSeesHisBudgetsOnAcmesPortalLinkingToTheClientPortal() {
        String page = portal("client", 1);
        assertTrue(page.contains("<h1 id=\"cv-portal-title\">Acme Corp</h1>"), page);
        String panel = subheader(page);
        assertTrue(panel.contains("id=\"cb-portal-panel\""), panel);
        assertTrue(panel.contains("href=\"/jira" + PORTAL + "/budget/" + website + "\">Website relaunch</a>"), panel);
        assertTrue(panel.contains("href=\"/jira" + PORTAL + "\""), "and the whole client portal: " + panel);
        assertFalse(panel.contains("Internal tooling"), "client access off: not shown");
        assertFalse(page.contains("id=\"header\"") || page.contains("aui-header"), "no Jira header on the customer portal");
    }

    @Test
    void noPanelOnAPortalWithoutGrantsNorForSomeoneWithoutGrants() {
        String help = subheader(portal("client", 2));
        assertEquals("", help.trim(), "HELP has a client-visible budget but no grant for client");
        assertEquals("", subheader(portal("other", 1)).trim(), "other holds no grant on ACME (only on GLOBEX)");
        assertEquals("", subheader(portal("pm", 1)).trim(), "the PM is no client of ACME");
        assertFalse(portal("other", 2).contains("Help desk budget"));
        assertTrue(helpBudget > 0);
    }

    @Test
    void anOrganizationGrantIsAskedOfJsmInTheCustomerContext() {
        // a grant on GLOBEX to organization 31, whose member "third" is a portal-only customer: JSM answers for him only
        // in its customer context, so he sees GLOBEX's client budget only if the app asks there
        host.store().createUser("third", "Theo Third", "third@example.com", "third", null);
        ((io.github.clientbudgets.devhost.jsm.HostJsm) host.components().get(
                com.atlassian.servicedesk.api.organization.OrganizationService.class)).addMember(31, "third");
        HttpResponse<String> grant = post("/projects/GLOBEX/client-grants", "{\"organizationId\":31}");
        assertEquals(201, grant.statusCode(), grant.body());
        String seen = TestHosts.getWithSession(host, PORTAL, customerLogin("third", "portals")).body();
        assertTrue(seen.contains("Support retainer"), "third sees GLOBEX's budget through his organization: " + seen);
        assertFalse(TestHosts.getWithSession(host, PORTAL, customerLogin("client", "portals")).body().contains("Support retainer"),
                "client is no member");
    }

    @Test
    void hostileBudgetNamesAreEscapedInThePanel() {
        String panel = subheader(portal("client", 1));
        for (String name : HOSTILE) {
            String escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            assertTrue(panel.contains(escaped), "escaped: " + name + " in " + panel);
            assertFalse(panel.contains(name), "never raw: " + name);
        }
        assertFalse(panel.contains("<script"), panel);
    }

    @Test
    void theAnonymousGoToJsmsCustomerLoginAndComeBack() {
        String path = PORTAL + "/budget/" + website + "?tab=time";
        HttpResponse<String> r = TestHosts.get(host, path, null);
        assertEquals(302, r.statusCode());
        String destination = "plugins/servlet/client-budgets/portal/budget/" + website + "?tab=time";
        assertEquals("/jira/servicedesk/customer/user/login?destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8),
                location(r));
        HttpResponse<String> login = customerLoginResponse("client", destination);
        assertEquals(302, login.statusCode());
        assertEquals("/jira" + path, location(login), "back where he wanted to go");
        HttpResponse<String> portal = TestHosts.get(host, "/servicedesk/customer/portal/1", null);
        assertEquals("/jira/servicedesk/customer/user/login?destination=portal%2F1", location(portal));
    }

    @Test
    void customersGetTheirOwnFrameLicensedUsersJirasFrame() {
        String client = TestHosts.getWithSession(host, PORTAL, customerLogin("client", "portals")).body();
        assertTrue(client.contains("id=\"cb-help-center-header\""), client);
        assertTrue(client.contains("id=\"cb-portal-budgets\"") && client.contains("Website relaunch"), client);
        assertFalse(client.contains("id=\"header\"") || client.contains("aui-header"), "no Jira header for a customer: " + client);
        String clientBudget = TestHosts.getWithSession(host, PORTAL + "/budget/" + website, customerLogin("client", "portals")).body();
        assertTrue(clientBudget.contains("id=\"cb-help-center-header\"") && clientBudget.contains("id=\"cb-portal-title\""));
        assertFalse(clientBudget.contains("aui-header"), clientBudget);

        String pm = TestHosts.getWithSession(host, PORTAL, TestHosts.login(host, "pm")).body();
        assertTrue(pm.contains("id=\"header\"") && pm.contains("aui-header"), "a licensed PM keeps Jira's frame: " + pm);
        assertFalse(pm.contains("cb-help-center-header"));
        String preview = TestHosts.getWithSession(host, PORTAL + "/budget/" + website + "?viewAs=client",
                TestHosts.login(host, "pm")).body();
        assertTrue(preview.contains("aui-header") && preview.contains("id=\"cb-preview-banner\""), preview);
    }

    @Test
    void withoutJsmTheAnonymousGoToJirasLoginAndThereIsNoCustomerPortal() {
        DevHostOptions options = TestHosts.options();
        options.jsm = false;
        try (DevHost plain = DevHost.start(options)) {
            HttpResponse<String> r = TestHosts.get(plain, PORTAL, null);
            assertEquals(302, r.statusCode());
            assertEquals("/jira/login.jsp?permissionViolation=true&os_destination=%2Fplugins%2Fservlet%2Fclient-budgets%2Fportal",
                    location(r));
            assertEquals(404, TestHosts.getWithSession(plain, "/servicedesk/customer/portal/1", TestHosts.login(plain, "client"))
                    .statusCode());
        }
    }
}
