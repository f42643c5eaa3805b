package io.github.clientbudgets.portal;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees what of the client portal, over HTTP on the dev host: every user of the demo (plus a client whose grant
 * was revoked and anonymous) x every portal page and /portal endpoint x every demo budget (and one that doesn't
 * exist). Each cell checks the exact status, and every body that comes back is searched for what must never be in
 * it: cost rates, pending figures, internal comments, rejection reasons, pending or rejected entries under
 * approval, and any other budget.
 */
class PortalAccessMatrixTest {
    private static final String REST = "/rest/client-budgets/1.0";
    private static final String PAGES = "/plugins/servlet/client-budgets/portal";
    private static final String SECRET_ACME = "SECRET-internal-comment-acme";
    private static final String SECRET_GLOBEX = "SECRET-internal-comment-globex";
    private static final List<String> USERS = List.of("client", "other", "dev", "pm", "admin", "exclient", "anonymous");
    private static final List<String> NAMES = List.of("Website relaunch", "Internal tooling", "Support retainer");

    private static DevHost host;
    private static final Map<String, Long> BUDGETS = new LinkedHashMap<>();
    private static final Map<String, String> SESSIONS = new HashMap<>();
    /** Entries of the Website relaunch that carry an approved snapshot: seconds by id. */
    private static final Map<Long, Long> PUBLISHED = new HashMap<>();

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        for (String project : List.of("ACME", "GLOBEX")) {
            String body = rest("pm", "GET", "/budgets?projectKey=" + project, null).body();
            Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^}]*?\"name\":\"([^\"]+)\"").matcher(body);
            while (m.find()) {
                BUDGETS.put(m.group(2), Long.parseLong(m.group(1)));
            }
        }
        assertEquals(Set.copyOf(NAMES), BUDGETS.keySet());
        // a portal-only customer who had a grant on ACME and lost it
        host.store().createUser("exclient", "Ex Client", "ex@acme.example", "exclient", null);
        String grant = rest("pm", "POST", "/projects/ACME/client-grants", "{\"userKey\":\"exclient\"}").body();
        String grantId = grant.replaceAll(".*\"id\":(\\d+).*", "$1");
        assertEquals(204, rest("pm", "DELETE", "/client-grants/" + grantId, null).statusCode());
        // internal comments: a new worklog on ACME (approval required: pending) and one on GLOBEX (live, comments off)
        assertEquals(201, jiraWorklog("dev", "ACME-1", SECRET_ACME).statusCode());
        assertEquals(201, jiraWorklog("dev", "GLOBEX-1", SECRET_GLOBEX).statusCode());

        ActiveObjects ao = host.plugin().springContext().getBean(ActiveObjects.class);
        for (TimeEntryEntity e : ao.find(TimeEntryEntity.class, Query.select())) {
            if (e.getApprovedSeconds() != null) {
                PUBLISHED.put((long) e.getID(), e.getApprovedSeconds());
            }
        }
        for (String user : USERS) {
            if (!user.equals("anonymous")) {
                SESSIONS.put(user, TestHosts.login(host, user));
            }
        }
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static HttpResponse<String> jiraWorklog(String user, String issue, String comment) {
        return TestHosts.send(TestHosts.request(host, "/rest/api/2/issue/" + issue + "/worklog")
                .header("Authorization", TestHosts.credentials(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":3600,\"started\":\""
                        + TestHosts.DEMO_START.plusMonths(2).plusDays(3) + "T09:00:00.000+0000\",\"comment\":\"" + comment + "\"}")));
    }

    static HttpResponse<String> rest(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, REST + path)
                .header("Accept", path.contains(".csv") ? "text/csv" : "application/json");
        if (user != null && !user.equals("anonymous")) {
            r.header("Authorization", TestHosts.credentials(user));
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> page(String user, String path) {
        HttpRequest.Builder r = TestHosts.request(host, path).GET();
        if (!user.equals("anonymous")) {
            r.header("Cookie", SESSIONS.get(user));
        }
        return TestHosts.send(r);
    }

    /** THE expectation: the contract's grants, and only budgets whose client access is on. */
    private static boolean sees(String user, String budget) {
        return user.equals("client") && budget.equals("Website relaunch")
                || user.equals("other") && budget.equals("Support retainer");
    }

    private static List<String> restPaths(long id) {
        return List.of("/portal/budgets/" + id, "/portal/budgets/" + id + "/time?limit=500",
                "/portal/budgets/" + id + "/expenses", "/portal/budgets/" + id + "/time.csv",
                "/portal/budgets/" + id + "/periods", "/portal/budgets/" + id + "/periods.csv",
                "/portal/budgets/" + id + "/sign-offs", "/portal/budgets/" + id + "/sign-offs/months");
    }

    private static List<String> pagePaths(long id) {
        String b = PAGES + "/budget/" + id;
        return List.of(b, b + "?tab=services", b + "?tab=time", b + "?tab=time&start=50", b + "?tab=expenses",
                b + "/time.csv", b + "/periods.csv");
    }

    @Test
    void everyUserEveryEndpointEveryBudget() {
        List<String> failures = new ArrayList<>();
        Map<String, Long> budgets = new LinkedHashMap<>(BUDGETS);
        budgets.put("(no such budget)", 999_999L);
        for (String user : USERS) {
            boolean anonymous = user.equals("anonymous");
            String own = NAMES.stream().filter(n -> sees(user, n)).findFirst().orElse(null);
            HttpResponse<String> list = rest(user, "GET", "/portal/budgets", null);
            cell(failures, user, "REST /portal/budgets", list, anonymous ? 401 : 200, own);
            HttpResponse<String> home = page(user, PAGES);
            cell(failures, user, "page /portal", home, anonymous ? 302 : 200, own);
            for (String name : NAMES) {
                boolean listed = list.body().contains("\"" + name + "\"");
                if (!anonymous && listed != sees(user, name)) {
                    failures.add(user + " /portal/budgets lists " + name + ": " + listed);
                }
                if (!anonymous && home.body().contains(name) != sees(user, name)) {
                    failures.add(user + " page /portal shows " + name + ": " + !listed);
                }
            }
            for (Map.Entry<String, Long> budget : budgets.entrySet()) {
                boolean visible = sees(user, budget.getKey());
                for (String path : restPaths(budget.getValue())) {
                    cell(failures, user, "REST " + path, rest(user, "GET", path, null),
                            anonymous ? 401 : visible ? 200 : 404, visible ? budget.getKey() : null);
                }
                for (String path : pagePaths(budget.getValue())) {
                    cell(failures, user, "page " + path, page(user, path),
                            anonymous ? 302 : visible ? 200 : 404, visible ? budget.getKey() : null);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " cells wrong:\n" + String.join("\n", failures));
    }

    /**
     * The question endpoints, every user x every budget: a client's own list and his POST go through the portal's
     * rule (404 for what he doesn't see, and a bad body is a 400 only where he sees the budget); the team's list is
     * for licensed users who see the budget (Jira refuses the unlicensed: 403); closing a question is for the
     * budget's approvers only, and a blank answer changes nothing.
     */
    @Test
    void questionEndpointsForEveryUserAndBudget() {
        List<String> failures = new ArrayList<>();
        Map<String, Long> budgets = new LinkedHashMap<>(BUDGETS);
        budgets.put("(no such budget)", 999_999L);
        for (String user : USERS) {
            boolean anonymous = user.equals("anonymous");
            boolean licensed = List.of("dev", "pm", "admin").contains(user);
            for (Map.Entry<String, Long> budget : budgets.entrySet()) {
                boolean visible = sees(user, budget.getKey());
                boolean exists = BUDGETS.containsKey(budget.getKey());
                String mine = "/portal/budgets/" + budget.getValue() + "/questions";
                cell(failures, user, "REST GET " + mine, rest(user, "GET", mine, null),
                        anonymous ? 401 : visible ? 200 : 404, visible ? budget.getKey() : null);
                status(failures, user, "POST " + mine, rest(user, "POST", mine, "{\"entryId\":1,\"message\":\" \"}"),
                        anonymous ? 401 : visible ? 400 : 404);
                String team = "/budgets/" + budget.getValue() + "/questions";
                status(failures, user, "GET " + team, rest(user, "GET", team, null),
                        anonymous ? 401 : !licensed ? 403 : exists ? 200 : 404);
            }
            String confirm = "/questions/1/confirm";
            int closing = anonymous ? 401 : !licensed ? 403 : user.equals("dev") ? 403 : 400;
            status(failures, user, "POST " + confirm, rest(user, "POST", confirm, "{\"answer\":\"\"}"), closing);
            status(failures, user, "POST /questions/1/correct", rest(user, "POST", "/questions/1/correct",
                    "{\"answer\":\"\"}"), closing);
            status(failures, user, "POST /questions/999999/confirm", rest(user, "POST", "/questions/999999/confirm",
                    "{\"answer\":\"x\"}"), anonymous ? 401 : !licensed ? 403 : 404);
        }
        assertTrue(rest("client", "GET", "/portal/budgets/" + BUDGETS.get("Website relaunch") + "/questions", null)
                .body().contains("\"state\":\"OPEN\""), "the demo question is still open: nothing above closed it");
        assertTrue(failures.isEmpty(), failures.size() + " cells wrong:\n" + String.join("\n", failures));
    }

    private static void status(List<String> failures, String user, String what, HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            failures.add(user + " " + what + ": " + r.statusCode() + " instead of " + status + " " + r.body());
        }
    }

    private static void cell(List<String> failures, String user, String what, HttpResponse<String> r, int status,
                             String budget) {
        if (r.statusCode() != status) {
            failures.add(user + " " + what + ": " + r.statusCode() + " instead of " + status);
            return;
        }
        if (status == 302) {
            String location = r.headers().firstValue("Location").orElse("");
            if (!location.contains("login")) {
                failures.add(user + " " + what + ": redirected to " + location + ", not to the login");
            }
            return;
        }
        String body = r.body();
        List<String> forbiddenTexts = what.startsWith("REST")
                ? List.of("costRate", "pending", "Pending", "margin", "profit", "rejectionReason")
                // pages: the team page's labels (the host's chrome has CSS margins, so not the bare words)
                : List.of("Internal cost rate", "Pending hours", "Pending amount", "cost rate");
        for (String forbidden : forbiddenTexts) {
            if (body.contains(forbidden)) {
                failures.add(user + " " + what + ": body holds \"" + forbidden + "\"");
            }
        }
        for (String forbidden : List.of("Logged on the wrong issue", SECRET_ACME, SECRET_GLOBEX)) {
            if (body.contains(forbidden)) {
                failures.add(user + " " + what + ": body holds \"" + forbidden + "\"");
            }
        }
        for (String name : NAMES) {
            if (!name.equals(budget) && body.contains(name)) {
                failures.add(user + " " + what + ": body names another budget, " + name);
            }
        }
        if (status == 200 && "Website relaunch".equals(budget) && what.contains("/time?")) {
            // under approval: only entries with a published snapshot, with the snapshot's seconds
            Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^{}]*?\"seconds\":(\\d+)").matcher(body);
            int n = 0;
            while (m.find()) {
                n++;
                Long published = PUBLISHED.get(Long.parseLong(m.group(1)));
                if (published == null || published != Long.parseLong(m.group(2))) {
                    failures.add(user + " " + what + ": entry " + m.group(1) + " is not a published snapshot");
                }
            }
            if (n == 0) {
                failures.add(user + " " + what + ": no entries at all");
            }
            if (body.contains("\"comment\"")) {
                failures.add(user + " " + what + ": comments are off but the key is there");
            }
        }
    }

    /**
     * Sign-offs for every user and budget: only a Client Manager who sees the budget signs (the demo's month answers
     * 200: signed already); a client who sees it without being a manager, and everyone who doesn't see it, get 404
     * (never 403); the team's list is the team's (Jira refuses unlicensed customers there); a statement is for the team and its budget's clients.
     */
    @Test
    void signOffsForEveryUserAndBudget() {
        List<String> failures = new ArrayList<>();
        String month = "{\"period\":\"" + java.time.YearMonth.from(io.github.clientbudgets.devhost.TestHosts.DEMO_START) + "\"}";
        Map<String, Long> budgets = new LinkedHashMap<>(BUDGETS);
        budgets.put("(no such budget)", 999_999L);
        String statement = null;
        for (String user : USERS) {
            boolean anonymous = user.equals("anonymous");
            boolean team = List.of("dev", "pm", "admin").contains(user);
            for (Map.Entry<String, Long> budget : budgets.entrySet()) {
                boolean manager = user.equals("client") && budget.getKey().equals("Website relaunch");
                HttpResponse<String> signed = rest(user, "POST", "/portal/budgets/" + budget.getValue() + "/sign-offs", month);
                int expected = anonymous ? 401 : manager ? 200 : 404;
                if (signed.statusCode() != expected) {
                    failures.add(user + " POST sign-off " + budget.getKey() + ": " + signed.statusCode() + " instead of " + expected);
                }
                if (manager) {
                    statement = signed.body().replaceAll(".*\"id\":(\\d+).*", "$1");
                    HttpResponse<String> empty = rest(user, "POST", "/portal/budgets/" + budget.getValue() + "/sign-offs",
                            "{\"period\":\"2001-01\"}");
                    if (empty.statusCode() != 400 || !empty.body().contains("\"period\"")) {
                        failures.add(user + " a month without figures: " + empty.statusCode() + " " + empty.body());
                    }
                }
                boolean real = !budget.getKey().startsWith("(");
                // the team's REST is unannotated: Jira 10 serves it to licensed users only, so an unlicensed
                // customer is refused by Jira itself (403) before the app is asked, as on every team endpoint
                int teamExpected = anonymous ? 401 : !team ? 403 : real ? 200 : 404;
                for (String path : List.of("/budgets/" + budget.getValue() + "/sign-offs", "/budgets/" + budget.getValue() + "/sign-offs/months")) {
                    HttpResponse<String> list = rest(user, "GET", path, null);
                    if (list.statusCode() != teamExpected) {
                        failures.add(user + " GET " + path + ": " + list.statusCode() + " instead of " + teamExpected);
                    }
                }
            }
        }
        assertTrue(statement != null && statement.matches("\\d+"), String.valueOf(statement));
        for (String user : USERS) {
            boolean mayRead = List.of("client", "dev", "pm", "admin").contains(user);
            for (String suffix : List.of("", ".csv")) {
                HttpResponse<String> r = page(user, "/plugins/servlet/client-budgets/statement/" + statement + suffix);
                int expected = user.equals("anonymous") ? 302 : mayRead ? 200 : 404;
                if (r.statusCode() != expected) {
                    failures.add(user + " statement" + suffix + ": " + r.statusCode() + " instead of " + expected);
                } else if (expected == 200 && !r.body().matches("(?s).*[0-9a-f]{64}.*")) {
                    failures.add(user + " statement" + suffix + " without its digest");
                }
            }
        }
        assertEquals(404, page("client", "/plugins/servlet/client-budgets/statement/999999").statusCode());
        assertEquals(404, page("client", "/plugins/servlet/client-budgets/statement/x").statusCode());
        assertTrue(failures.isEmpty(), failures.size() + " cells wrong:\n" + String.join("\n", failures));
    }

    @Test
    void switchingClientAccessOffHidesTheBudgetAtOnceAndOnShowsItAgain() {
        long id = BUDGETS.get("Support retainer");
        assertEquals(200, rest("other", "GET", "/portal/budgets/" + id, null).statusCode());
        assertEquals(200, rest("pm", "PUT", "/budgets/" + id + "/client-access", "{\"enabled\":false}").statusCode());
        try {
            for (String path : restPaths(id)) {
                assertEquals(404, rest("other", "GET", path, null).statusCode(), path);
            }
            for (String path : pagePaths(id)) {
                assertEquals(404, page("other", path).statusCode(), path);
            }
            assertFalse(rest("other", "GET", "/portal/budgets", null).body().contains("Support retainer"));
        } finally {
            assertEquals(200, rest("pm", "PUT", "/budgets/" + id + "/client-access", "{\"enabled\":true}").statusCode());
        }
        assertEquals(200, rest("other", "GET", "/portal/budgets/" + id, null).statusCode());
    }

    @Test
    void namesAndCommentsReachTheClientOnlyWhenThePmSwitchesThemOn() {
        long id = BUDGETS.get("Support retainer");
        String time = "/portal/budgets/" + id + "/time?limit=500";
        assertEquals(200, rest("pm", "PUT", "/budgets/" + id + "/person-names", "{\"enabled\":false}").statusCode());
        try {
            String off = rest("other", "GET", time, null).body();
            assertFalse(off.contains("\"person\"") || off.contains("\"comment\"") || off.contains(SECRET_GLOBEX), off);
            assertFalse(page("other", PAGES + "/budget/" + id + "?tab=time").body().contains("Diana Developer"));
            assertEquals(200, rest("pm", "PUT", "/budgets/" + id + "/comments", "{\"enabled\":true}").statusCode());
            assertEquals(200, rest("pm", "PUT", "/budgets/" + id + "/person-names", "{\"enabled\":true}").statusCode());
            String on = rest("other", "GET", time, null).body();
            assertTrue(on.contains(SECRET_GLOBEX) && on.contains("\"person\":\"Dave Developer\""), on);
            assertTrue(page("other", PAGES + "/budget/" + id + "/time.csv").body().contains(SECRET_GLOBEX));
            // only the budget's PMs switch them; bad input changes nothing
            assertEquals(403, rest("dev", "PUT", "/budgets/" + id + "/comments", "{\"enabled\":false}").statusCode());
            assertEquals(403, rest("other", "PUT", "/budgets/" + id + "/comments", "{\"enabled\":false}").statusCode());
            HttpResponse<String> bad = rest("pm", "PUT", "/budgets/" + id + "/comments", "{\"enabled\":\"yes\"}");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("\"enabled\""), bad.body());
            assertTrue(rest("other", "GET", time, null).body().contains(SECRET_GLOBEX), "unchanged after a 400");
            assertTrue(page("pm", "/plugins/servlet/client-budgets/budget/" + id).body().contains("showComments"), "audited");
        } finally {
            rest("pm", "PUT", "/budgets/" + id + "/comments", "{\"enabled\":false}");
            rest("pm", "PUT", "/budgets/" + id + "/person-names", "{\"enabled\":true}");
        }
    }

    @Test
    void viewAsClientIsForTheBudgetsPmsOnlyAndShowsWhatTheClientSees() {
        long website = BUDGETS.get("Website relaunch");
        long tooling = BUDGETS.get("Internal tooling");
        for (String pm : List.of("pm", "admin")) {
            HttpResponse<String> asClient = page(pm, PAGES + "/budget/" + website + "?tab=time&viewAs=client");
            assertEquals(200, asClient.statusCode(), pm);
            assertTrue(asClient.body().contains("cb-preview-banner") && asClient.body().contains("Clara Client"), pm);
            HttpResponse<String> real = page("client", PAGES + "/budget/" + website + "?tab=time");
            assertEquals(tableOf(real.body()), tableOf(asClient.body()), "the preview lists exactly the client's entries");
            HttpResponse<String> generic = page(pm, PAGES + "/budget/" + website + "?viewAs=");
            assertEquals(200, generic.statusCode());
            assertTrue(generic.body().contains("cb-preview-banner"));
            // a budget the client can't see: the preview explains instead of showing it
            HttpResponse<String> off = page(pm, PAGES + "/budget/" + tooling + "?viewAs=client");
            assertEquals(200, off.statusCode());
            assertTrue(off.body().contains("cb-preview-refused") && !off.body().contains("cb-portal-time"));
            HttpResponse<String> csv = page(pm, PAGES + "/budget/" + website + "/time.csv?viewAs=client");
            assertEquals(200, csv.statusCode());
            assertEquals(page("client", PAGES + "/budget/" + website + "/time.csv").body(), csv.body());
            for (HttpResponse<String> r : List.of(asClient, generic, off, csv)) {
                assertFalse(r.body().contains("Internal cost rate") || r.body().contains("Pending")
                        || r.body().contains(SECRET_ACME), pm);
            }
            assertEquals(400, page(pm, PAGES + "/budget/" + website + "?viewAs=ghost").statusCode());
        }
        for (String notPm : List.of("dev", "client", "other", "exclient")) {
            assertEquals(404, page(notPm, PAGES + "/budget/" + website + "?viewAs=client").statusCode(), notPm);
            assertEquals(404, page(notPm, PAGES + "/budget/" + website + "?viewAs=").statusCode(), notPm);
        }
    }

    @Test
    void accessExplainerForPmsAndAdmins() {
        long website = BUDGETS.get("Website relaunch");
        long tooling = BUDGETS.get("Internal tooling");
        HttpResponse<String> yes = rest("pm", "GET", "/access/explain?userKey=client&budgetId=" + website, null);
        assertEquals(200, yes.statusCode(), yes.body());
        assertTrue(yes.body().contains("\"visible\":true"), yes.body());
        HttpResponse<String> off = rest("admin", "GET", "/access/explain?userKey=client&budgetId=" + tooling, null);
        assertTrue(off.body().contains("\"visible\":false") && off.body().contains("\"met\":false"), off.body());
        HttpResponse<String> revoked = rest("pm", "GET", "/access/explain?userKey=exclient&budgetId=" + website, null);
        assertTrue(revoked.body().contains("\"visible\":false"), revoked.body());
        assertEquals(404, rest("dev", "GET", "/access/explain?userKey=client&budgetId=" + website, null).statusCode());
        HttpResponse<String> probe = rest("dev", "GET", "/access/explain?userKey=ghost&budgetId=" + website, null);
        assertEquals(404, probe.statusCode(), "a non-PM learns nothing about user keys: " + probe.body());
        assertFalse(probe.body().contains("userKey"), probe.body());
        assertEquals(403, rest("client", "GET", "/access/explain?userKey=client&budgetId=" + website, null).statusCode(),
                "unlicensed: Jira itself refuses a team endpoint");
        assertEquals(401, rest("anonymous", "GET", "/access/explain?userKey=client&budgetId=" + website, null).statusCode());
        HttpResponse<String> bad = rest("pm", "GET", "/access/explain?userKey=ghost&budgetId=" + website, null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"userKey\""), bad.body());
        assertEquals(400, rest("pm", "GET", "/access/explain?userKey=client&budgetId=x", null).statusCode());
    }

    @Test
    void badFiltersAre400WithTheField() {
        long website = BUDGETS.get("Website relaunch");
        long retainerService = serviceOf("other", BUDGETS.get("Support retainer"));
        for (String[] bad : new String[][]{{"from=2026-13-01", "from"}, {"to=yesterday", "to"},
                {"from=2026-10-02&to=2026-10-01", "to"}, {"serviceId=abc", "serviceId"}, {"limit=0", "limit"},
                {"limit=501", "limit"}, {"start=-1", "start"}, {"serviceId=" + retainerService, "serviceId"}}) {
            HttpResponse<String> r = rest("client", "GET", "/portal/budgets/" + website + "/time?" + bad[0], null);
            assertEquals(400, r.statusCode(), bad[0]);
            assertTrue(r.body().contains("\"" + bad[1] + "\""), bad[0] + " -> " + r.body());
            if (!bad[1].equals("limit") && !bad[1].equals("start")) { // the CSV has no pages
                assertEquals(400, rest("client", "GET", "/portal/budgets/" + website + "/time.csv?" + bad[0], null)
                        .statusCode(), bad[0]);
            }
        }
        HttpResponse<String> page = page("client", PAGES + "/budget/" + website + "?tab=time&from=nope");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("YYYY-MM-DD"), "the error is shown next to the field");
        assertEquals(400, page("client", PAGES + "/budget/" + website + "?tab=nope").statusCode());
    }

    private static long serviceOf(String user, long budgetId) {
        String body = rest(user, "GET", "/portal/budgets/" + budgetId, null).body();
        return Long.parseLong(body.replaceAll("(?s).*\"serviceId\":(\\d+).*", "$1"));
    }

    private static String tableOf(String html) {
        int start = html.indexOf("<table class=\"aui\" id=\"cb-portal-time\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</table>", start));
    }

}
