package io.github.clientbudgets.alert;

import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.platform.HostMailQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerts on the dev host over real HTTP, with the real plugin on its demo data: the settings' REST (who may read and
 * change them, every bad input a 400 on its field that changes nothing), a crossing caused by approvals mailed once
 * to the owner and the project's administrators in each one's language through the host's mail queue, and no second
 * mail when the figures fall and rise again, when the safety-net job runs, after a resync, or after a restart.
 */
class AlertsOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final JobId ALERT_JOB = JobId.of("io.github.clientbudgets.alerts.check");
    private static final JobId RESYNC = JobId.of("io.github.clientbudgets.resync.nightly");
    private static DevHost host;
    private static long website;
    private static long tooling;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        website = budgetNamed(host, "ACME", "Website relaunch");
        tooling = budgetNamed(host, "ACME", "Internal tooling");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    // ----- settings over REST

    @Test
    void theDefaultsAreTheBudgetsTwoLevelsAndAPmChangesThem() throws Exception {
        assertEquals(Map.of("budgetId", (int) tooling, "thresholds", List.of(80, 100), "notifyClient", false,
                "canManage", false), map(call(host, "dev", "GET", alerts(tooling), null), 200));
        assertEquals(true, map(call(host, "pm", "GET", alerts(tooling), null), 200).get("canManage"));

        Map<String, Object> saved = map(call(host, "pm", "PUT", alerts(tooling),
                "{\"thresholds\":[90,50,75],\"notifyClient\":true}"), 200);
        assertEquals(List.of(50, 75, 90), saved.get("thresholds"));
        assertEquals(true, saved.get("notifyClient"));
        assertEquals(saved, map(call(host, "admin", "GET", alerts(tooling), null), 200));
        Map<String, Object> budget = map(call(host, "pm", "GET", BASE + "/budgets/" + tooling, null), 200);
        assertEquals(50, budget.get("alertWarnPercent"), "the budget's levels are the ends of its thresholds");
        assertEquals(90, budget.get("alertCriticalPercent"));

        // a field left out keeps its value
        assertEquals(List.of(50, 75, 90), map(call(host, "pm", "PUT", alerts(tooling), "{\"notifyClient\":false}"), 200)
                .get("thresholds"));
        // the budget's full update can't set the levels apart from the thresholds
        budget.put("alertWarnPercent", 60);
        HttpResponse<String> full = call(host, "pm", "PUT", BASE + "/budgets/" + tooling, JSON.writeValueAsString(budget));
        assertEquals(400, full.statusCode(), full.body());
        assertTrue(full.body().contains("alertWarnPercent"), full.body());
        assertEquals(List.of(50, 75, 90), map(call(host, "pm", "GET", alerts(tooling), null), 200).get("thresholds"));
        // the change is in the budget's history, in words
        HttpResponse<String> page = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/budget/" + tooling,
                TestHosts.login(host, "pm"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("alert thresholds"), "the field's label, not its name");
        assertFalse(page.body().contains("alertThresholds"));
    }

    @Test
    void whoMayReadAndChange() {
        String body = "{\"thresholds\":[80,100]}";
        for (String user : List.of("admin", "pm", "dev", "dev2")) {
            assertEquals(200, call(host, user, "GET", alerts(website), null).statusCode(), user);
        }
        assertEquals(403, call(host, "dev", "PUT", alerts(website), body).statusCode(), "a team member is no PM");
        assertEquals(403, call(host, "dev2", "PUT", alerts(website), body).statusCode());
        for (String client : List.of("client", "other")) {
            assertEquals(403, call(host, client, "GET", alerts(website), null).statusCode(), client
                    + ": the platform refuses team endpoints to portal-only customers, whatever the id");
            assertEquals(403, call(host, client, "PUT", alerts(website), body).statusCode(), client);
        }
        assertEquals(401, call(host, "anonymous", "GET", alerts(website), null).statusCode());
        assertEquals(401, call(host, "anonymous", "PUT", alerts(website), body).statusCode());
        assertEquals(404, call(host, "pm", "GET", alerts(999_999), null).statusCode(), "no such budget");
        assertEquals(404, call(host, "pm", "PUT", alerts(999_999), body).statusCode());
    }

    @Test
    void aCrossSiteFormPostIsRefused() {
        HttpResponse<String> forged = TestHosts.send(TestHosts.request(host, alerts(tooling))
                .header("Authorization", TestHosts.credentials("pm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("PUT", HttpRequest.BodyPublishers.ofString("thresholds=1")));
        assertTrue(forged.statusCode() == 415 || forged.statusCode() == 403, forged.statusCode() + " " + forged.body());
    }

    @TestFactory
    Stream<DynamicTest> badInputIsA400OnItsFieldAndChangesNothing() throws Exception {
        long budget = scratchBudget("Bad alerts");
        List<String[]> cases = List.of(
                new String[]{"{\"thresholds\":[]}", "thresholds"},
                new String[]{"{\"thresholds\":[1,2,3,4,5,6]}", "thresholds"},
                new String[]{"{\"thresholds\":[0]}", "thresholds"},
                new String[]{"{\"thresholds\":[1001]}", "thresholds"},
                new String[]{"{\"thresholds\":[-5]}", "thresholds"},
                new String[]{"{\"thresholds\":[80.5]}", "thresholds"},
                new String[]{"{\"thresholds\":[\"80\"]}", "thresholds"},
                new String[]{"{\"thresholds\":[80,80]}", "thresholds"},
                new String[]{"{\"thresholds\":[null]}", "thresholds"},
                new String[]{"{\"thresholds\":80}", "thresholds"},
                new String[]{"{\"thresholds\":[99999999999999999999]}", "thresholds"},
                new String[]{"{\"thresholds\":[50],\"notifyClient\":\"yes\"}", "notifyClient"},
                new String[]{"{\"thresholds\":[50],\"notifyClient\":1}", "notifyClient"});
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            HttpResponse<String> r = call(host, "pm", "PUT", alerts(budget), c[0]);
            assertEquals(400, r.statusCode(), r.body());
            Map<String, Object> errors = map(r, 400);
            assertEquals(List.of(c[1]), new ArrayList<>(((Map<?, ?>) errors.get("errors")).keySet().stream()
                    .map(String::valueOf).toList()), r.body());
            assertEquals(Map.of("budgetId", (int) budget, "thresholds", List.of(80, 100), "notifyClient", false,
                    "canManage", true), map(call(host, "pm", "GET", alerts(budget), null), 200), "nothing changed");
        }));
    }

    @Test
    void theBudgetPageHasTheAlertsSectionWithItsScriptAndTheFormForPmsOnly() {
        String path = "/plugins/servlet/client-budgets/budget/" + website;
        HttpResponse<String> asPm = TestHosts.getWithSession(host, path, TestHosts.login(host, "pm"));
        assertEquals(200, asPm.statusCode());
        assertTrue(asPm.body().contains("id=\"cb-alerts-form\""), "pm changes them");
        assertTrue(asPm.body().contains("/download/resources/io.github.clientbudgets.client-budgets-jira:alerts/alerts.js"),
                "the section's own script");
        HttpResponse<String> asDev = TestHosts.getWithSession(host, path, TestHosts.login(host, "dev"));
        assertEquals(200, asDev.statusCode());
        assertTrue(asDev.body().contains("id=\"cb-alerts-summary\""), "dev reads them");
        assertFalse(asDev.body().contains("id=\"cb-alerts-form\""));
    }

    @Test
    void theHostsMailPageListsTheQueueEscapedForJiraAdminsOnly() throws Exception {
        host.platform().mail().addItem(new com.atlassian.mail.queue.SingleMailQueueItem(
                new com.atlassian.mail.Email("pm@example.com").setSubject("<script>alert(1)</script> & co")
                        .setBody("line <b>one</b>").setMimeType("text/plain")));
        String page = "/secure/admin/devhost/mail";
        HttpResponse<String> asAdmin = TestHosts.getWithSession(host, page, TestHosts.loginWithWebSudo(host, "admin"));
        assertEquals(200, asAdmin.statusCode());
        assertTrue(asAdmin.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), "escaped subject");
        assertTrue(asAdmin.body().contains("line &lt;b&gt;one&lt;/b&gt;"), "escaped body");
        assertFalse(asAdmin.body().contains("<script>alert(1)"));
        assertEquals(403, TestHosts.getWithSession(host, page, TestHosts.login(host, "pm")).statusCode(),
                "a project admin is no Jira admin");
        assertEquals(403, TestHosts.getWithSession(host, page, TestHosts.login(host, "client")).statusCode());
        HttpResponse<String> withoutWebSudo = TestHosts.getWithSession(host, page, TestHosts.login(host, "admin"));
        assertEquals(302, withoutWebSudo.statusCode(), "an admin gives his password again first");
        HttpResponse<String> anonymous = TestHosts.send(TestHosts.request(host, page).GET());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401, String.valueOf(anonymous.statusCode()));
        assertFalse(anonymous.body().contains("alert(1)"));
    }

    // ----- crossings and mails

    @Test
    void approvalsThatCrossAThresholdMailOwnerAndPmsOnceInTheirLanguage() throws Exception {
        Map<String, Object> summary = map(call(host, "pm", "GET", BASE + "/budgets/" + website + "/summary", null), 200);
        BigDecimal used = new BigDecimal((String) summary.get("usedHours"));
        BigDecimal pending = new BigDecimal((String) summary.get("pendingHours"));
        BigDecimal total = new BigDecimal((String) summary.get("totalHours"));
        BigDecimal usedAmount = new BigDecimal((String) summary.get("usedAmount"));
        BigDecimal totalAmount = new BigDecimal((String) summary.get("totalAmount"));
        int now = percent(used, total).max(percent(usedAmount, totalAmount)).intValue();
        int threshold = now + 1;
        assertTrue(percent(used.add(pending), total).compareTo(BigDecimal.valueOf(threshold)) >= 0,
                "the demo's pending time takes the hours past " + threshold + " %: " + summary);

        host.store().setUserLocale("pm", Locale.GERMANY);
        HostMailQueue mail = host.platform().mail();
        mail.clear();
        map(call(host, "pm", "PUT", alerts(website), "{\"thresholds\":[" + threshold + "],\"notifyClient\":true}"), 200);
        assertEquals(List.of(), mail.sentMails(), "below the new threshold: no mail");

        List<Long> pendingIds = reviewQueue("admin");
        assertFalse(pendingIds.isEmpty());
        approve("admin", "approve", pendingIds);

        List<HostMailQueue.SentMail> toPm = mail.sentTo(address("pm"));
        List<HostMailQueue.SentMail> toAdmin = mail.sentTo(address("admin"));
        assertEquals(1, toPm.size(), "one mail to the owner: " + mail.sentMails());
        assertEquals(1, toAdmin.size(), "one to the other administrator of ACME");
        List<HostMailQueue.SentMail> toClient = mail.sentTo(address("client"));
        assertEquals(1, toClient.size(), "the client's recipient (a grant on ACME, Client Access on) is told too");
        assertEquals(3, mail.sentMails().size(), "nobody else (pm is owner and administrator: one mail): "
                + mail.sentMails());
        String client = toClient.get(0).body();
        assertTrue(client.contains(host.baseUrl() + "/plugins/servlet/client-budgets/portal/budget/" + website), client);
        assertFalse(client.contains("/plugins/servlet/client-budgets/budget/"), "no internal link: " + client);
        assertTrue(client.contains("(approved figures)"), client);
        assertEquals("Your budget \"Website relaunch\" reached " + threshold + " %", toClient.get(0).subject());
        assertEquals("Budget \u201eWebsite relaunch\u201c hat " + threshold + " % erreicht", toPm.get(0).subject(),
                "pm reads German");
        assertTrue(toPm.get(0).body().contains("Stunden: " + threshold + " % erreicht"), toPm.get(0).body());
        assertTrue(toPm.get(0).body().contains(host.baseUrl() + "/plugins/servlet/client-budgets/budget/" + website));
        assertEquals("Budget \"Website relaunch\" reached " + threshold + " %", toAdmin.get(0).subject(),
                "admin reads English: each mail is in its reader's language");
        assertEquals("text/plain", toAdmin.get(0).mimeType());

        // falls back below and rises again: still the one crossing
        approve("admin", "unapprove", pendingIds);
        approve("admin", "approve", pendingIds);
        assertEquals(3, mail.sentMails().size(), "no second mail for the same crossing");
        // the safety net and a resync find nothing new
        host.platform().scheduler().runNow(ALERT_JOB);
        assertTrue(String.valueOf(host.platform().scheduler().lastOutcome(ALERT_JOB)).startsWith("SUCCESS"),
                host.platform().scheduler().lastOutcome(ALERT_JOB));
        host.platform().scheduler().runNow(RESYNC);
        assertEquals(3, mail.sentMails().size(), "no storm after a resync: " + mail.sentMails());
        host.store().setUserLocale("pm", Locale.US);
    }

    @Test
    void aWorklogOnABudgetWithoutApprovalCrossesAtOnce() throws Exception {
        long retainer = budgetNamed(host, "GLOBEX", "Support retainer");
        Map<String, Object> summary = map(call(host, "pm", "GET", BASE + "/budgets/" + retainer + "/summary", null), 200);
        BigDecimal used = new BigDecimal((String) summary.get("usedHours"));
        BigDecimal total = new BigDecimal((String) summary.get("totalHours"));
        BigDecimal usedAmount = new BigDecimal((String) summary.get("usedAmount"));
        BigDecimal totalAmount = new BigDecimal((String) summary.get("totalAmount"));
        int threshold = percent(used, total).max(percent(usedAmount, totalAmount)).intValue() + 1;
        map(call(host, "pm", "PUT", alerts(retainer), "{\"thresholds\":[" + threshold + "]}"), 200);
        HostMailQueue mail = host.platform().mail();
        mail.clear();
        // enough hours this month to pass the threshold: the month's totals of a retainer without period terms
        long seconds = total.multiply(BigDecimal.valueOf(threshold)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .subtract(used).max(BigDecimal.ZERO).add(BigDecimal.ONE).multiply(BigDecimal.valueOf(3600)).longValueExact();
        HttpResponse<String> logged = call(host, "dev", "POST", "/rest/api/2/issue/GLOBEX-2/worklog",
                "{\"timeSpentSeconds\":" + seconds + ",\"comment\":\"a long day\"}");
        assertEquals(201, logged.statusCode(), logged.body());

        assertEquals(1, mail.sentTo(address("pm")).size(), "the worklog event evaluated the budget: " + mail.sentMails());
        assertTrue(mail.sentTo(address("pm")).get(0).body().contains(" in " + java.time.YearMonth.now() + ": "),
                "the month is named: " + mail.sentTo(address("pm")).get(0).body());
        call(host, "dev", "POST", "/rest/api/2/issue/GLOBEX-2/worklog", "{\"timeSpentSeconds\":3600}");
        assertEquals(1, mail.sentTo(address("pm")).size(), "crossed once");
    }

    @Test
    void aThresholdBelowWhatIsUsedAlertsAtOnceAndOnlyOnceAcrossARestart(@TempDir Path dir) throws Exception {
        DevHostOptions options = TestHosts.options();
        options.inMemory = false;
        options.dataDirectory = dir;
        long budget;
        try (DevHost first = DevHost.start(options)) {
            budget = budgetNamed(first, "ACME", "Website relaunch");
            first.platform().mail().clear();
            map(call(first, "pm", "PUT", alerts(budget), "{\"thresholds\":[1,2]}"), 200);
            List<HostMailQueue.SentMail> toPm = first.platform().mail().sentTo(address(first, "pm"));
            assertEquals(1, toPm.size(), "both thresholds crossed at once: one mail naming both");
            assertTrue(toPm.get(0).subject().endsWith("reached 2 %"), toPm.get(0).subject());
            assertTrue(toPm.get(0).body().contains("Hours: 1 % reached") && toPm.get(0).body().contains("Hours: 2 % reached"),
                    toPm.get(0).body());
        }
        try (DevHost again = DevHost.start(options)) {
            again.platform().mail().clear();
            again.platform().scheduler().runNow(ALERT_JOB);
            again.platform().scheduler().runNow(RESYNC);
            assertEquals(List.of(), again.platform().mail().sentMails(), "the crossings survived the restart");
            assertEquals(List.of(1, 2), map(call(again, "pm", "GET", alerts(budget), null), 200).get("thresholds"));
        }
    }

    // ----- helpers

    private static BigDecimal percent(BigDecimal used, BigDecimal total) {
        return used.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.FLOOR);
    }

    private static List<Long> reviewQueue(String user) throws Exception {
        Map<String, Object> page = map(call(host, user, "GET", BASE + "/time-entries/review-queue?budgetId=" + website, null), 200);
        List<Long> ids = new ArrayList<>();
        for (Object e : (List<?>) page.get("entries")) {
            Map<?, ?> entry = (Map<?, ?>) e;
            if ("PENDING".equals(entry.get("status"))) {
                ids.add(((Number) entry.get("id")).longValue());
            }
        }
        return ids;
    }

    private static void approve(String user, String action, List<Long> ids) throws Exception {
        HttpResponse<String> r = call(host, user, "POST", BASE + "/time-entries/" + action,
                JSON.writeValueAsString(Map.of("ids", ids)));
        assertEquals(200, r.statusCode(), r.body());
    }

    private static long scratchBudget(String name) throws Exception {
        return ((Number) map(call(host, "pm", "POST", BASE + "/budgets", "{\"projectKey\":\"ACME\",\"name\":\"" + name
                + "\",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"EUR\",\"startDate\":\"2027-01-01\",\"totalHours\":\"10\"}"),
                201).get("id")).longValue();
    }

    private static String address(String user) {
        return address(host, user);
    }

    private static String address(DevHost on, String user) {
        return on.store().userByKey(user).orElseThrow().getEmailAddress();
    }

    private static String alerts(long budgetId) {
        return BASE + "/budgets/" + budgetId + "/alerts";
    }

    static long budgetNamed(DevHost on, String projectKey, String name) throws Exception {
        List<Map<String, Object>> budgets = JSON.readValue(call(on, "pm", "GET", BASE + "/budgets?projectKey=" + projectKey,
                null).body(), new TypeReference<>() { });
        return budgets.stream().filter(b -> name.equals(b.get("name"))).mapToLong(b -> ((Number) b.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static Map<String, Object> map(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readValue(r.body(), new TypeReference<>() { });
    }

    static HttpResponse<String> call(DevHost on, String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(on, path).header("Accept", "application/json");
        if (!"anonymous".equals(user)) {
            r.header("Authorization", TestHosts.credentials(user));
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }
}
