package io.github.clientbudgets.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retainer periods over real HTTP on the dev host's demo: "Support retainer" is monthly, 70 h and USD 8,000 a
 * month, carry-over capped at 15 h, no approval (live time counts); its GLOBEX worklogs run September over the
 * allowance and carry hours from October on. The team and the client read the same figures; terms come and go with
 * the budget's PUT; a locked month keeps its figures through a change of the rule and is computed again once
 * unlocked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetainerPeriodsRestOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";
    private static DevHost host;
    private static long retainer;
    private static long website;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        retainer = budgetNamed("GLOBEX", "Support retainer");
        website = budgetNamed("ACME", "Website relaunch");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static long budgetNamed(String projectKey, String name) throws Exception {
        List<Map<String, Object>> budgets = JSON.readValue(call("pm", "GET", "/budgets?projectKey=" + projectKey, null)
                .body(), new TypeReference<>() { });
        return budgets.stream().filter(b -> name.equals(b.get("name"))).mapToLong(b -> ((Number) b.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> call(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, BASE + path).header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check");
        if (!"anonymous".equals(user)) {
            r.header("Authorization", TestHosts.credentials(user));
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<Map<String, Object>> periods(String user, String path) throws Exception {
        HttpResponse<String> r = call(user, "GET", path, null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readValue(r.body(), new TypeReference<>() { });
    }

    private static Map<String, Object> period(String period, String allowance, String carriedIn, String used,
                                              String remaining, String carriedOut, String expired, String overage,
                                              boolean locked) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("period", period);
        p.put("allowanceHours", allowance);
        p.put("carriedInHours", carriedIn);
        p.put("usedHours", used);
        p.put("remainingHours", remaining);
        p.put("carriedOutHours", carriedOut);
        p.put("expiredHours", expired);
        p.put("overageHours", overage);
        p.put("allowanceAmount", "8000.00");
        p.put("locked", locked);
        p.put("current", false);
        return p;
    }

    @Test
    @Order(1)
    void theDemoRetainerRunsOverInSeptemberAndCarriesHoursOn() throws Exception {
        List<Map<String, Object>> team = periods("pm", "/budgets/" + retainer + "/periods");
        assertTrue(team.size() >= 4, team.toString());
        assertEquals(List.of(
                period("2026-09", "70.00", "0.00", "105.50", "-35.50", "0.00", "0.00", "35.50", false),
                period("2026-10", "70.00", "0.00", "59.50", "10.50", "10.50", "0.00", "0.00", false),
                period("2026-11", "70.00", "10.50", "64.00", "16.50", "15.00", "1.50", "0.00", false)),
                team.subList(0, 3));
        assertEquals("15.00", team.get(3).get("carriedInHours"), "December receives the cap");
        Map<String, Object> last = team.get(team.size() - 1);
        assertEquals(true, last.get("current"), "the last one holds today");
        assertEquals(null, last.get("expiredHours"), "nothing expired before the period ends");

        assertEquals(team, periods("dev", "/budgets/" + retainer + "/periods"), "who sees the budget");
        assertEquals(team, periods("other", "/portal/budgets/" + retainer + "/periods"), "the client: the same");
        assertEquals(404, call("client", "GET", "/portal/budgets/" + retainer + "/periods", null).statusCode());
        assertEquals(401, call("anonymous", "GET", "/portal/budgets/" + retainer + "/periods", null).statusCode());
        assertEquals(List.of(), periods("pm", "/budgets/" + website + "/periods"), "no retainer, no periods");
        assertEquals(List.of(), periods("client", "/portal/budgets/" + website + "/periods"));

        Map<String, Object> budget = JSON.readValue(call("pm", "GET", "/budgets/" + retainer, null).body(),
                new TypeReference<>() { });
        assertEquals(Map.of("period", "MONTHLY", "allowanceHours", "70.00", "allowanceAmount", "8000.00",
                "rollover", "CARRY_OVER", "rolloverCapHours", "15.00"), budget.get("retainer"));
    }

    @Test
    @Order(2)
    void termsAreRefusedOnOtherBudgetsAndNamedRetainerDotFieldWhenWrong() throws Exception {
        String before = call("pm", "GET", "/budgets/" + retainer, null).body();
        Map<String, Object> body = JSON.readValue(before, new TypeReference<>() { });
        body.put("retainer", Map.of("period", "MONTHLY", "allowanceHours", "1.234", "rollover", "SOMETIMES"));
        HttpResponse<String> bad = call("pm", "PUT", "/budgets/" + retainer, JSON.writeValueAsString(body));
        assertEquals(400, bad.statusCode(), bad.body());
        Map<String, Map<String, String>> errors = JSON.readValue(bad.body(), new TypeReference<>() { });
        assertEquals(List.of("retainer.allowanceHours", "retainer.rollover"),
                errors.get("errors").keySet().stream().sorted().toList());
        body.put("retainer", "monthly");
        assertTrue(call("pm", "PUT", "/budgets/" + retainer, JSON.writeValueAsString(body)).body()
                .contains("\"retainer\""));
        assertEquals(JSON.readTree(before), JSON.readTree(call("pm", "GET", "/budgets/" + retainer, null).body()),
                "nothing changed");

        Map<String, Object> website = JSON.readValue(call("pm", "GET", "/budgets/" + RetainerPeriodsRestOnDevHostTest.website,
                null).body(), new TypeReference<>() { });
        website.put("retainer", Map.of("period", "MONTHLY", "allowanceHours", "10"));
        HttpResponse<String> notRetainer = call("pm", "PUT", "/budgets/" + RetainerPeriodsRestOnDevHostTest.website,
                JSON.writeValueAsString(website));
        assertEquals(400, notRetainer.statusCode());
        assertTrue(notRetainer.body().contains("\"retainer\""), notRetainer.body());
    }

    @Test
    @Order(3)
    void aLockedMonthKeepsItsFiguresThroughAChangeOfTheRule() throws Exception {
        assertEquals(204, call("pm", "PUT", "/budgets/" + retainer + "/locks/2026-10", null).statusCode());
        List<Map<String, Object>> locked = periods("pm", "/budgets/" + retainer + "/periods");
        assertEquals(true, locked.get(1).get("locked"));

        // the GET body with the rule changed to borrowing, PUT back as is
        Map<String, Object> body = JSON.readValue(call("pm", "GET", "/budgets/" + retainer, null).body(),
                new TypeReference<>() { });
        body.put("retainer", Map.of("period", "MONTHLY", "allowanceHours", "70", "allowanceAmount", "8000",
                "rollover", "BORROW", "rolloverCapHours", "10"));
        HttpResponse<String> put = call("pm", "PUT", "/budgets/" + retainer, JSON.writeValueAsString(body));
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"rollover\":\"BORROW\""), put.body());

        List<Map<String, Object>> after = periods("pm", "/budgets/" + retainer + "/periods");
        // September borrows 10 h from October under the new rule; locked October keeps what it showed
        assertEquals("-10.00", after.get(0).get("carriedOutHours"));
        assertEquals(locked.get(1), after.get(1));
        assertEquals("10.50", after.get(2).get("carriedInHours"), "November still receives October's carried hours");
        assertEquals("16.50", after.get(2).get("remainingHours"));
        assertEquals("0.00", after.get(2).get("carriedOutHours"), "under BORROW unused hours expire");
        assertEquals("16.50", after.get(2).get("expiredHours"));

        assertEquals(204, call("pm", "DELETE", "/budgets/" + retainer + "/locks/2026-10", null).statusCode());
        List<Map<String, Object>> unlocked = periods("pm", "/budgets/" + retainer + "/periods");
        assertEquals(false, unlocked.get(1).get("locked"));
        assertEquals("-10.00", unlocked.get(1).get("carriedInHours"), "October, computed again under BORROW");
        assertEquals("0.50", unlocked.get(1).get("remainingHours"));
    }
}
