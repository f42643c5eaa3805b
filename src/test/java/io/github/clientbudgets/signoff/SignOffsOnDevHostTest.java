package io.github.clientbudgets.signoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-offs over real HTTP on the dev host: parallel submits of one month make one sign-off; an approval changed
 * afterwards supersedes it for both sides and the month is signed again; the printable statement shows the digest,
 * whose statement text recomputes to it, and escapes what the team typed (HTML page) or neutralises it (CSV).
 */
class SignOffsOnDevHostTest {
    private static final String REST = "/rest/client-budgets/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevHost host;
    private static long website;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        for (JsonNode b : JSON.readTree(rest("pm", "GET", "/budgets?projectKey=ACME", null).body())) {
            if (b.get("name").asText().equals("Website relaunch")) {
                website = b.get("id").asLong();
            }
        }
        assertTrue(website > 0);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static HttpResponse<String> rest(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, REST + path).header("Accept", "application/json")
                .header("Authorization", TestHosts.credentials(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> page(String user, String path) {
        return TestHosts.send(TestHosts.request(host, path).header("Cookie", TestHosts.login(host, user)).GET());
    }

    @Test
    void parallelSubmitsOfOneMonthMakeOneSignOff() throws Exception {
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return rest("client", "POST", "/portal/budgets/" + website + "/sign-offs", "{\"period\":\"2026-10\"}");
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> a : answers) {
            HttpResponse<String> r = a.get();
            statuses.add(r.statusCode());
            ids.add(JSON.readTree(r.body()).get("id").asLong());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(n - 1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, ids.stream().distinct().count(), ids.toString());
        long standing = 0;
        for (JsonNode s : JSON.readTree(rest("pm", "GET", "/budgets/" + website + "/sign-offs", null).body())) {
            standing += s.get("period").asText().equals("2026-10") && s.get("state").asText().equals("SIGNED") ? 1 : 0;
        }
        assertEquals(1, standing, "one standing sign-off of the month (another test may have left superseded ones)");
    }

    @Test
    void aLaterApprovalChangeSupersedesTheSignOffForBothSides() throws Exception {
        JsonNode signed = JSON.readTree(rest("client", "POST", "/portal/budgets/" + website + "/sign-offs",
                "{\"period\":\"2026-10\"}").body());
        JsonNode entry = JSON.readTree(rest("pm", "GET", "/time-entries?budgetId=" + website
                + "&status=APPROVED&from=2026-10-01&to=2026-10-31&limit=1", null).body()).get("entries").get(0);
        HttpResponse<String> unapproved = rest("pm", "POST", "/time-entries/unapprove", "{\"ids\":[" + entry.get("id") + "]}");
        assertEquals(200, unapproved.statusCode(), unapproved.body());
        try {
            for (String path : List.of("/portal/budgets/" + website + "/sign-offs", "/budgets/" + website + "/sign-offs")) {
                String user = path.startsWith("/portal") ? "client" : "dev";
                JsonNode october = october(rest(user, "GET", path, null).body(), signed.get("id").asLong());
                assertEquals("SUPERSEDED", october.get("state").asText(), user);
                assertEquals(signed.get("digest"), october.get("digest"), "what was signed stays as it was");
                assertFalse(october.get("supersededAt").isNull());
            }
            HttpResponse<String> again = rest("client", "POST", "/portal/budgets/" + website + "/sign-offs",
                    "{\"period\":\"2026-10\"}");
            assertEquals(201, again.statusCode(), again.body());
            assertFalse(JSON.readTree(again.body()).get("digest").equals(signed.get("digest")));
            assertTrue(page("pm", "/plugins/servlet/client-budgets/budget/" + website).body().contains("cb-sign-offs"));
        } finally {
            rest("pm", "POST", "/time-entries/approve", "{\"ids\":[" + entry.get("id") + "]}");
        }
    }

    private static JsonNode october(String body, long id) throws Exception {
        for (JsonNode s : JSON.readTree(body)) {
            if (s.get("id").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("sign-off " + id + " not listed: " + body);
    }

    /** The demo's signed month: its statement's text recomputes to its digest; what the team typed is escaped. */
    @Test
    void theStatementShowsItsDigestAndEscapesWhatItShows() throws Exception {
        JsonNode services = JSON.readTree(rest("pm", "GET", "/budgets/" + website + "/services", null).body());
        ObjectNode design = null;
        for (JsonNode s : services) {
            if (s.get("name").asText().equals("Design")) {
                design = (ObjectNode) s;
            }
        }
        String hostile = "=HYPERLINK(\"x\")<script>alert(1)</script>&amp;";
        design.put("name", hostile);
        HttpResponse<String> renamed = rest("pm", "PUT", "/services/" + design.get("id").asLong(), JSON.writeValueAsString(design));
        assertEquals(200, renamed.statusCode(), renamed.body());
        JsonNode signOffs = JSON.readTree(rest("client", "GET", "/portal/budgets/" + website + "/sign-offs", null).body());
        JsonNode september = null;
        for (JsonNode s : signOffs) {
            if (s.get("period").asText().equals("2026-09")) {
                september = s;
            }
        }
        String digest = september.get("digest").asText();
        String base = "/plugins/servlet/client-budgets/statement/" + september.get("id").asLong();

        HttpResponse<String> html = page("client", base);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains(digest));
        assertFalse(html.body().contains("<script>alert(1)"), "escaped");
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"), "escaped once, shown as typed");
        String text = html.body().replaceAll("(?s).*<pre id=\"cb-statement-text\">(.*?)</pre>.*", "$1");
        assertEquals(digest, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))), "an auditor recomputes the digest from the text shown");

        HttpResponse<String> csv = page("client", base + ".csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains(digest));
        assertFalse(csv.body().contains(",=HYPERLINK"), "a formula is neutralised: " + csv.body());
        assertTrue(csv.body().contains("'=HYPERLINK") || csv.body().contains("\"'=HYPERLINK"), csv.body());
    }
}
