package io.github.clientbudgets.portal;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.UnhandledAlertException;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile text in every client-visible field (budget, service and expense names, worklog comments, client notes,
 * user display names) is shown as text on every portal page, in real chromium: each payload would set
 * {@code window.__xss} or open an alert if it ran, and neither happens. The CSV neutralises formulas.
 */
class PortalXssBrowserTest {
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=2\">",
            "\"><script>window.__xss=3</script>",
            "'><img src=x onerror=window.__xss=4>",
            "<svg onload=\"window.__xss=5\">",
            "<svg><script>window.__xss=6</script></svg>",
            "javascript:window.__xss=7",
            "<iframe src=\"javascript:parent.__xss=8\"></iframe>",
            "<body onload=window.__xss=9>",
            "<details open ontoggle=\"window.__xss=10\">",
            "</title><script>window.__xss=11</script>",
            "</textarea><script>window.__xss=12</script>",
            "<a href=\"javascript:window.__xss=13\" id=\"xss13\">x</a>",
            "<input autofocus onfocus=\"window.__xss=14\">",
            "{{constructor.constructor('window.__xss=15')()}}",
            "#set($x = 'velocity')$x ${text} $!page",
            "<style>*{background:url('javascript:window.__xss=17')}</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=18>",
            "\" onmouseover=\"window.__xss=19\" x=\"",
            "<scr<script>ipt>window.__xss=20</script>",
            "=cmd|' /C calc'!A0",
            "+SUM(1,2)",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1,1)",
            "<object data=\"javascript:window.__xss=25\"></object>",
            "</script><script>alert(26)</script>",
            "<img src=x onerror=alert(27)>");
    private static final String REST = "/rest/client-budgets/1.0";
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("portal-xss-");
    private static long xssBudget;
    private static final List<Long> nameBudgets = new ArrayList<>();

    @BeforeAll
    static void hostileTextEverywhere() throws Exception {
        var host = browser.host();
        long globex = host.store().projectByKey("GLOBEX").orElseThrow().getId();
        // one budget per payload (names), and one holding services, expenses, time, notes and names
        for (String payload : PAYLOADS) {
            nameBudgets.add(id(post("/budgets", budget(payload))));
        }
        xssBudget = id(post("/budgets", budget("XSS budget " + PAYLOADS.get(0))));
        assertEquals(200, put("/budgets/" + xssBudget + "/person-names", "{\"enabled\":true}").statusCode());
        assertEquals(200, put("/budgets/" + xssBudget + "/comments", "{\"enabled\":true}").statusCode());
        List<Long> services = new ArrayList<>();
        for (String payload : PAYLOADS) {
            services.add(id(post("/budgets/" + xssBudget + "/services", "{\"name\":" + json(payload)
                    + ",\"billing\":\"HOURLY\",\"rate\":\"100\",\"budgetedHours\":\"10\",\"costRate\":\"31.41\"}")));
            assertEquals(201, post("/budgets/" + xssBudget + "/expenses", "{\"date\":\"" + TestHosts.DEMO_START.plusDays(5)
                    + "\",\"description\":" + json(payload) + ",\"amount\":\"10.00\",\"billable\":true,\"markupPercent\":\"0\"}")
                    .statusCode());
        }
        // the hostile users log work on an issue assigned to the hostile services
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String user = "hostile" + i;
            host.store().createUser(user, PAYLOADS.get(i), user + "@example.com", user, "jira-software");
            host.store().addRoleActor(globex, JiraStore.ROLE_DEVELOPERS, user);
            String issue = "GLOBEX-" + (i % 5 + 2);
            assertEquals(200, put("/issues/" + issue + "/service", "{\"serviceId\":" + services.get(i % 5) + "}").statusCode());
            HttpResponse<String> worklog = TestHosts.send(TestHosts.request(host, "/rest/api/2/issue/" + issue + "/worklog")
                    .header("Authorization", TestHosts.basic(user)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":1800,\"started\":\""
                            + TestHosts.DEMO_START.plusMonths(1).plusDays(i % 20) + "T09:00:00.000+0000\",\"comment\":"
                            + json(PAYLOADS.get(i)) + "}")));
            assertEquals(201, worklog.statusCode(), worklog.body());
        }
        // client notes: the approval workflow's editor is another feature; set them in the table
        ActiveObjects ao = host.plugin().springContext().getBean(ActiveObjects.class);
        int n = 0;
        for (TimeEntryEntity e : ao.find(TimeEntryEntity.class, Query.select().where(TimeEntryEntity.SERVICE_ID
                + " IN (" + String.join(",", services.stream().map(String::valueOf).toList()) + ")"))) {
            e.setClientNote(PAYLOADS.get(n++ % PAYLOADS.size()));
            e.save();
        }
        assertTrue(n >= PAYLOADS.size(), "every payload is a client note somewhere: " + n);
        assertEquals(PAYLOADS.size() + 1, ao.count(ServiceEntity.class, Query.select().where(
                ServiceEntity.BUDGET_ID + " = ?", xssBudget)) + 1);
    }

    private static String budget(String name) {
        return "{\"projectKey\":\"GLOBEX\",\"name\":" + json(name) + ",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"USD\","
                + "\"startDate\":\"" + TestHosts.DEMO_START + "\",\"totalAmount\":\"5000\",\"totalHours\":\"50\","
                + "\"clientAccess\":true}";
    }

    static String json(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static long id(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(r.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    private static HttpResponse<String> post(String path, String body) {
        return TestHosts.send(TestHosts.request(browser.host(), REST + path).header("Authorization", TestHosts.basic("pm"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> put(String path, String body) {
        return TestHosts.send(TestHosts.request(browser.host(), REST + path).header("Authorization", TestHosts.basic("pm"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens a page and checks that no payload ran: no alert, no flag, even once the mouse went over its links. */
    private static String visit(String path) {
        try {
            browser.open(path);
            browser.script("document.querySelectorAll('a,input,details,body').forEach(function (e) {"
                    + " try { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); } catch (x) {} });");
            Object flag = browser.scriptInjectionFlag();
            assertNull(flag, path + ": a payload ran (window.__xss = " + flag + ")");
            assertNull(browser.openAlert(), path + ": an alert opened");
            return browser.find(By.tagName("body")).getText();
        } catch (UnhandledAlertException e) {
            fail(path + ": an alert opened: " + e.getAlertText());
            return "";
        }
    }

    @Test
    void everyPayloadIsShownAsTextOnEveryPortalPageAndNothingRuns() {
        browser.logInAs("other");
        String home = visit(PortalHomePage.PATH);
        for (String payload : PAYLOADS) {
            assertTrue(home.contains(payload), "home shows as text: " + payload);
        }
        for (long id : nameBudgets) {
            visit("/plugins/servlet/client-budgets/portal/budget/" + id);
        }
        String base = "/plugins/servlet/client-budgets/portal/budget/" + xssBudget;
        String services = visit(base + "?tab=services");
        String expenses = visit(base + "?tab=expenses");
        String time = visit(base + "?tab=time");
        browser.screenshot("time");
        for (String payload : PAYLOADS) {
            assertTrue(services.contains(payload), "service name as text: " + payload);
            assertTrue(expenses.contains(payload), "expense as text: " + payload);
            assertTrue(time.contains(payload), "comment, note or person as text: " + payload);
        }
        visit(base + "?tab=time&serviceId=" + "&from=" + TestHosts.DEMO_START);
        visit(base + "?tab=time&from=%3Cscript%3Ewindow.__xss%3D99%3C%2Fscript%3E");
        browser.logInAs("pm");
        visit(base + "?tab=time&viewAs=other");
        visit(base + "?tab=time&viewAs=");
        visit("/plugins/servlet/client-budgets/budget/" + xssBudget);
    }

    @Test
    void theCsvNeutralisesFormulasAndIsNeverHtml() {
        String cookie = TestHosts.login(browser.host(), "other");
        HttpResponse<String> csv = TestHosts.getWithSession(browser.host(),
                "/plugins/servlet/client-budgets/portal/budget/" + xssBudget + "/time.csv", cookie);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("nosniff", csv.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String body = csv.body();
        assertTrue(body.contains("\"'=cmd|' /C calc'!A0\""), body);
        assertTrue(body.contains("\"'+SUM(1,2)\"") && body.contains("\"'@SUM(1,1)\"") && body.contains("\"'-2+3"));
        assertTrue(!body.contains(",\"=") && !body.contains(",\"+") && !body.contains(",\"@") && !body.contains(",\"-"),
                "no cell starts with a formula character");
        assertTrue(body.contains("<script>window.__xss=1</script>"), "other text is kept as it is");
        HttpResponse<String> rest = TestHosts.send(TestHosts.request(browser.host(), REST + "/portal/budgets/" + xssBudget + "/time.csv")
                .header("Authorization", TestHosts.basic("other")).header("Accept", "text/csv").GET());
        assertEquals(200, rest.statusCode());
        assertEquals(body, rest.body(), "REST and page export the same CSV");
    }
}
