package io.github.clientbudgets.approval;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.RacingWriters;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expenses on a budget that requires approval are decided like time, over real HTTP on the dev host: by an approver
 * who did not enter them, with a reason to reject, never in a locked month, each change audited once, and the
 * client and the summary count the approved ones only.
 */
class ExpenseApprovalOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevHost host;
    private static long website;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        ActiveObjects ao = host.components().get(ActiveObjects.class);
        website = ao.find(BudgetEntity.class, Query.select().where(BudgetEntity.NAME + " = ?", "Website relaunch"))[0].getID();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theDemoHasOneApprovedAndOnePendingExpenseAndTheClientSeesTheApprovedOne() throws Exception {
        JsonNode team = json(rest("pm", "GET", "/budgets/" + website + "/expenses", null), 200);
        List<String> states = new ArrayList<>();
        team.forEach(x -> states.add(x.get("description").asText() + "=" + x.get("status").asText()));
        assertTrue(states.containsAll(List.of("Stock photography licence=APPROVED", "Usability test participants=PENDING")), states.toString());
        String portal = rest("client", "GET", "/portal/budgets/" + website + "/expenses", null).body();
        assertTrue(portal.contains("Stock photography licence"), portal);
        assertFalse(portal.contains("Usability test participants"), "pending: not for the client " + portal);
    }

    @Test
    void theAuthorMayNotApproveHisOwnExpenseAnotherApproverMayAndTheClientThenSeesIt() throws Exception {
        long id = create("pm", "2026-11-03", "Hosting November", "80.00");
        JsonNode own = json(rest("pm", "POST", "/expenses/approve", ids(id)), 200);
        assertEquals("OWN_ENTRY", refusal(own, id));
        assertEquals("NOT_AN_APPROVER", refusal(json(rest("dev", "POST", "/expenses/approve", ids(id)), 200), id));
        assertFalse(rest("client", "GET", "/portal/budgets/" + website + "/expenses", null).body().contains("Hosting November"));
        JsonNode approved = json(rest("admin", "POST", "/expenses/approve", ids(id)), 200);
        assertEquals(List.of(id), longs(approved.get("approved")));
        assertEquals("APPROVED", status(id));
        assertTrue(rest("client", "GET", "/portal/budgets/" + website + "/expenses", null).body().contains("Hosting November"));
        assertEquals(1, audits(id, "APPROVED"));
    }

    @Test
    void aRejectionNeedsAReasonAndUnapproveTakesAnApprovalBack() throws Exception {
        long id = create("pm", "2026-11-04", "Taxi to the workshop", "35.00");
        HttpResponse<String> noReason = rest("admin", "POST", "/expenses/reject", ids(id));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("\"reason\""), noReason.body());
        assertEquals("PENDING", status(id));
        json(rest("admin", "POST", "/expenses/reject", "{\"ids\":[" + id + "],\"reason\":\"No receipt\"}"), 200);
        JsonNode rejected = expense(id);
        assertEquals("REJECTED", rejected.get("status").asText());
        assertEquals("No receipt", rejected.get("rejectionReason").asText());
        json(rest("admin", "POST", "/expenses/approve", ids(id)), 200);
        assertEquals("WRONG_STATE", refusal(json(rest("admin", "POST", "/expenses/reject",
                "{\"ids\":[" + id + "],\"reason\":\"again\"}"), 200), id), "an approved expense is taken back first");
        json(rest("admin", "POST", "/expenses/unapprove", ids(id)), 200);
        assertEquals("PENDING", status(id));
        assertEquals(1, audits(id, "REJECTED"));
        assertEquals(1, audits(id, "APPROVED"));
        assertEquals(1, audits(id, "UNAPPROVED"));
    }

    @Test
    void aLockedMonthFreezesItsExpenses() throws Exception {
        long id = create("pm", "2026-12-02", "Conference tickets", "400.00");
        assertEquals(204, rest("pm", "PUT", "/budgets/" + website + "/locks/2026-12", null).statusCode());
        try {
            assertEquals("PERIOD_LOCKED", refusal(json(rest("admin", "POST", "/expenses/approve", ids(id)), 200), id));
            HttpResponse<String> edit = rest("pm", "PUT", "/expenses/" + id,
                    "{\"date\":\"2026-12-02\",\"description\":\"Conference tickets\",\"amount\":\"500.00\",\"version\":"
                            + expense(id).get("version").asInt() + "}");
            assertEquals(409, edit.statusCode(), edit.body());
            assertTrue(edit.body().contains("\"date\""), edit.body());
            assertEquals(409, rest("pm", "DELETE", "/expenses/" + id, null).statusCode());
            assertEquals(409, rest("pm", "POST", "/budgets/" + website + "/expenses",
                    "{\"date\":\"2026-12-20\",\"description\":\"Late\",\"amount\":\"1.00\"}").statusCode());
            HttpResponse<String> moveIn = rest("pm", "PUT", "/expenses/" + create("pm", "2026-11-20", "Movable", "1.00"),
                    "{\"date\":\"2026-12-21\",\"description\":\"Movable\",\"amount\":\"1.00\",\"version\":0}");
            assertEquals(409, moveIn.statusCode(), "no expense moves into a locked month");
            assertEquals("PENDING", status(id));
            assertEquals("400.00", expense(id).get("amount").asText());
        } finally {
            assertEquals(204, rest("pm", "DELETE", "/budgets/" + website + "/locks/2026-12", null).statusCode());
        }
        json(rest("admin", "POST", "/expenses/approve", ids(id)), 200);
        assertEquals("APPROVED", status(id));
    }

    @Test
    void parallelReviewersLeaveOneAuditRowPerEffectiveChange() throws Exception {
        long id = create("pm", "2026-11-10", "Printing", "12.00");
        List<Callable<Integer>> reviewers = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String path = i % 3 == 2 ? "/expenses/unapprove" : "/expenses/approve";
            reviewers.add(() -> rest("admin", "POST", path, ids(id)).statusCode());
        }
        List<Integer> statuses = RacingWriters.atOnce(12, reviewers);
        assertEquals(48, statuses.stream().filter(s -> s == 200).count(), "no 5xx, no refusal: " + statuses);
        long approvals = audits(id, "APPROVED");
        long takenBack = audits(id, "UNAPPROVED");
        assertTrue(approvals >= 1, "approved at least once");
        assertEquals(status(id).equals("APPROVED") ? 1 : 0, approvals - takenBack,
                "the audit tells every effective change, and nothing else: " + approvals + " approvals, " + takenBack + " taken back");
    }

    @Test
    void theReviewQueueListsWhatWaitsForTheCallerButNotHisOwn() throws Exception {
        long id = create("pm", "2026-11-12", "Queue item", "5.00");
        List<Long> forAdmin = new ArrayList<>();
        json(rest("admin", "GET", "/expenses/review-queue?budgetId=" + website, null), 200).forEach(x -> forAdmin.add(x.get("id").asLong()));
        assertTrue(forAdmin.contains(id), forAdmin.toString());
        List<Long> forPm = new ArrayList<>();
        json(rest("pm", "GET", "/expenses/review-queue", null), 200).forEach(x -> forPm.add(x.get("id").asLong()));
        assertFalse(forPm.contains(id), "his own expense waits for another approver");
        assertEquals("[]", rest("dev", "GET", "/expenses/review-queue", null).body(), "not an approver: nothing");
    }

    // ----- helpers

    private static long create(String user, String date, String description, String amount) throws Exception {
        JsonNode x = json(rest(user, "POST", "/budgets/" + website + "/expenses",
                "{\"date\":\"" + date + "\",\"description\":\"" + description + "\",\"amount\":\"" + amount + "\"}"), 201);
        assertEquals("PENDING", x.get("status").asText());
        assertEquals(user, x.get("authorKey").asText());
        return x.get("id").asLong();
    }

    private static JsonNode expense(long id) throws Exception {
        for (JsonNode x : json(rest("pm", "GET", "/budgets/" + website + "/expenses", null), 200)) {
            if (x.get("id").asLong() == id) {
                return x;
            }
        }
        throw new AssertionError("no expense " + id);
    }

    private static String status(long id) throws Exception {
        return expense(id).get("status").asText();
    }

    private static long audits(long id, String action) {
        return host.components().get(ActiveObjects.class).count(AuditEntity.class, Query.select().where(
                AuditEntity.OBJECT_TYPE + " = ? AND " + AuditEntity.OBJECT_ID + " = ? AND " + AuditEntity.ACTION + " = ? AND "
                        + AuditEntity.FIELD + " = ?", "EXPENSE", id, action, "status")); // one row per field changed
    }

    private static String ids(long id) {
        return "{\"ids\":[" + id + "]}";
    }

    private static String refusal(JsonNode outcome, long id) {
        for (JsonNode f : outcome.get("failed")) {
            if (f.get("id").asLong() == id) {
                return f.get("reason").asText();
            }
        }
        return "";
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asLong()));
        return result;
    }

    private static HttpResponse<String> rest(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, "/rest/client-budgets/1.0" + path)
                .header("Accept", "application/json").header("Authorization", TestHosts.basic(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        } else if (!method.equals("GET")) {
            r.header("X-Atlassian-Token", "no-check");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
