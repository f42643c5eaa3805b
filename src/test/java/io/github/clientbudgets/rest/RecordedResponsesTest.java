package io.github.clientbudgets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST endpoint of the app, called over HTTP on a fresh dev host (in-memory H2, the fixed demo window) as the
 * user who may call it, and each answer (status and body, field order included) compared with the file recorded for
 * it under {@code src/test/resources/rest-recorded/}. The calls run in one fixed order, so on a fresh database the
 * ids and versions they see are the same every run and are compared as they are.
 * <p>
 * Normalised before comparing (and before recording), and nothing else: the values that carry the moment of the
 * run, an instant in fields {@link #INSTANT_FIELDS} becomes {@code "<instant>"}; and the installation check's
 * {@code seen} values (when a check last saw something) become {@code "<seen>"}; and the objects in the lists
 * {@link #UNORDERED_FIELD_LISTS} have their fields sorted by name: the Map-based JSON of old built these with
 * {@code Map.of}, whose order changes from one JVM run to the next (so does the dev host for the platform's
 * refusals, {@code {"message","status-code"}}, sorted the same way). Run with
 * {@code -Drest.record=true} to write the files anew (after a change of the demo data or an intended change of the
 * API); review the diff before committing it.
 * <p>
 * The recordings also depend on the month the run happens in (a retainer's periods run up to the current month, and
 * one of them is flagged {@code current}); they were taken in December 2026. A forecast's window and what it projects
 * from it ({@link #FORECAST_DAY_FIELDS}) move with the day of the run and become {@code "<day of the run>"}; its
 * basis, hours left and end date are compared.
 */
class RecordedResponsesTest {
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final Path RECORDINGS = Path.of("src", "test", "resources", "rest-recorded");
    static final Set<String> INSTANT_FIELDS = Set.of("when", "reviewedAt", "startedAt", "finishedAt", "createdAt",
            "answeredAt", "signedAt", "supersededAt");
    /** The explainer's conditions, the customer check's budgets. */
    static final Set<String> UNORDERED_FIELD_LISTS = Set.of("conditions", "budgets");
    /** The forecasts, whose window and projection move with the day of the run. */
    static final Set<String> FORECAST_FIELDS = Set.of("forecast", "forecastWithPending");
    static final List<String> FORECAST_DAY_FIELDS = List.of("exhaustionDate", "hoursPerWeekLeft", "burnHoursPerWeek",
            "windowStart", "windowEnd");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static DevHost host;
    /** Values taken from earlier answers, used in later paths and bodies as {@code {name}}. */
    private static final Map<String, String> VARS = new HashMap<>();

    @BeforeAll
    static void start() {
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    /** One call; {@code capture} names values of the answer for later calls: variable → JSON pointer. */
    record Call(String name, String user, String method, String path, String body, Map<String, String> capture) {
        Call {
            capture = capture == null ? Map.of() : capture;
        }

        Call(String name, String user, String method, String path, String body) {
            this(name, user, method, path, body, Map.of());
        }
    }

    static List<Call> calls() {
        List<Call> c = new ArrayList<>();
        String budget = "{\"projectKey\":\"ACME\",\"name\":\"Recorded budget\",\"type\":\"TIME_AND_MATERIALS\","
                + "\"currency\":\"EUR\",\"startDate\":\"2026-09-01\",\"endDate\":\"2027-03-31\",\"totalAmount\":\"1000.00\","
                + "\"totalHours\":\"20\",\"ownerKey\":\"pm\",\"alertWarnPercent\":70,\"alertCriticalPercent\":90}";
        // budgets
        c.add(new Call("budgets-acme", "pm", "GET", "/budgets?projectKey=ACME", null,
                Map.of("website", "/1/id", "tooling", "/0/id")));
        c.add(new Call("budgets-globex", "pm", "GET", "/budgets?projectKey=GLOBEX", null, Map.of("retainer", "/0/id")));
        c.add(new Call("budgets-acme-as-dev", "dev", "GET", "/budgets?projectKey=ACME", null));
        c.add(new Call("budgets-no-project-key", "pm", "GET", "/budgets", null));
        c.add(new Call("budget-get", "pm", "GET", "/budgets/{website}", null));
        c.add(new Call("budget-get-retainer", "pm", "GET", "/budgets/{retainer}", null));
        c.add(new Call("budget-get-unknown", "pm", "GET", "/budgets/999999", null));
        c.add(new Call("budget-get-anonymous", "anonymous", "GET", "/budgets/{website}", null));
        c.add(new Call("budget-create", "pm", "POST", "/budgets", budget, Map.of("created", "/id")));
        c.add(new Call("budget-create-invalid", "pm", "POST", "/budgets",
                "{\"projectKey\":\"ACME\",\"name\":\"\",\"type\":\"NOPE\",\"currency\":\"EUR\",\"startDate\":\"2026-13-01\",\"totalAmount\":1.5}", null));
        c.add(new Call("budget-update", "pm", "PUT", "/budgets/{created}",
                "{\"projectKey\":\"ACME\",\"name\":\"Recorded budget (renamed)\",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"EUR\","
                        + "\"startDate\":\"2026-09-01\",\"totalAmount\":\"2000\",\"version\":0}"));
        c.add(new Call("budget-update-stale", "pm", "PUT", "/budgets/{created}",
                "{\"projectKey\":\"ACME\",\"name\":\"Stale\",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"EUR\","
                        + "\"startDate\":\"2026-09-01\",\"totalAmount\":\"2000\",\"version\":0}"));
        c.add(new Call("budget-client-access", "pm", "PUT", "/budgets/{created}/client-access", "{\"enabled\":true}"));
        c.add(new Call("budget-person-names", "pm", "PUT", "/budgets/{created}/person-names", "{\"enabled\":false}"));
        c.add(new Call("budget-comments", "pm", "PUT", "/budgets/{created}/comments", "{\"enabled\":true}"));
        c.add(new Call("budget-approval", "pm", "PUT", "/budgets/{created}/approval", "{\"required\":true}"));
        c.add(new Call("budget-approval-missing-flag", "pm", "PUT", "/budgets/{created}/approval", "{}"));
        c.add(new Call("budget-summary", "pm", "GET", "/budgets/{website}/summary", null));
        c.add(new Call("budget-summary-retainer", "pm", "GET", "/budgets/{retainer}/summary", null));
        c.add(new Call("budget-summary-tooling", "pm", "GET", "/budgets/{tooling}/summary", null));
        c.add(new Call("budget-audit", "pm", "GET", "/budgets/{website}/audit?limit=5", null));
        c.add(new Call("budget-audit-created", "pm", "GET", "/budgets/{created}/audit", null));
        // services of a budget
        c.add(new Call("services-list", "pm", "GET", "/budgets/{website}/services", null, Map.of("design", "/0/id")));
        c.add(new Call("service-create", "pm", "POST", "/budgets/{created}/services",
                "{\"name\":\"Recorded service\",\"billing\":\"HOURLY\",\"rate\":\"90.00\",\"costRate\":\"40\",\"budgetedHours\":\"10\"}",
                Map.of("service", "/id")));
        c.add(new Call("service-create-second", "pm", "POST", "/budgets/{created}/services",
                "{\"name\":\"Second service\",\"billing\":\"FIXED\",\"rate\":\"500\"}", Map.of("service2", "/id")));
        c.add(new Call("service-update", "pm", "PUT", "/services/{service}",
                "{\"name\":\"Recorded service (renamed)\",\"billing\":\"HOURLY\",\"rate\":\"95.50\",\"budgetedHours\":\"12.5\",\"isDefault\":true,\"version\":0}"));
        c.add(new Call("service-update-invalid", "pm", "PUT", "/services/{service}", "{\"name\":7,\"billing\":\"HOURLY\"}"));
        c.add(new Call("service-delete", "pm", "DELETE", "/services/{service2}", null));
        c.add(new Call("services-list-created", "pm", "GET", "/budgets/{created}/services", null));
        // expenses
        c.add(new Call("expenses-list", "pm", "GET", "/budgets/{website}/expenses", null, Map.of("pendingExpense", "/1/id")));
        c.add(new Call("expense-create", "pm", "POST", "/budgets/{created}/expenses",
                "{\"date\":\"2026-10-01\",\"description\":\"Recorded expense\",\"amount\":\"12.50\",\"billable\":true,\"markupPercent\":\"5\",\"serviceId\":{service}}",
                Map.of("expense", "/id")));
        c.add(new Call("expense-update", "pm", "PUT", "/expenses/{expense}",
                "{\"date\":\"2026-10-02\",\"description\":\"Recorded expense (changed)\",\"amount\":\"13\",\"billable\":false,\"version\":0}"));
        c.add(new Call("expense-create-second", "pm", "POST", "/budgets/{created}/expenses",
                "{\"date\":\"2026-10-03\",\"description\":\"To delete\",\"amount\":\"1\"}", Map.of("expense2", "/id")));
        c.add(new Call("expense-delete", "pm", "DELETE", "/expenses/{expense2}", null));
        c.add(new Call("expense-review-queue", "admin", "GET", "/expenses/review-queue", null));
        c.add(new Call("expense-approve", "admin", "POST", "/expenses/approve", "{\"ids\":[{pendingExpense},999999]}"));
        c.add(new Call("expense-unapprove", "admin", "POST", "/expenses/unapprove", "{\"ids\":[{pendingExpense}],\"reason\":\"Second look\"}"));
        c.add(new Call("expense-reject", "admin", "POST", "/expenses/reject", "{\"ids\":[{pendingExpense}],\"reason\":\"Not agreed\"}"));
        c.add(new Call("expense-approve-bad-ids", "admin", "POST", "/expenses/approve", "{\"ids\":[0,\"x\"]}"));
        // locks
        c.add(new Call("locks-list-empty", "pm", "GET", "/budgets/{website}/locks", null));
        c.add(new Call("lock-month", "pm", "PUT", "/budgets/{website}/locks/2026-09", null));
        c.add(new Call("lock-month-invalid", "pm", "PUT", "/budgets/{website}/locks/2026-13", null));
        c.add(new Call("locks-list", "pm", "GET", "/budgets/{website}/locks", null));
        // time entries
        c.add(new Call("time-entries-pending", "pm", "GET", "/time-entries?budgetId={website}&status=PENDING&limit=3", null,
                Map.of("pending1", "/entries/0/id", "pending2", "/entries/1/id", "pending3", "/entries/2/id")));
        c.add(new Call("time-entries-page", "pm", "GET", "/time-entries?budgetId={website}&start=2&limit=3", null));
        c.add(new Call("time-entries-locked-month", "pm", "GET", "/time-entries?budgetId={website}&from=2026-09-01&to=2026-09-05&limit=2", null));
        c.add(new Call("time-entries-rejected", "pm", "GET", "/time-entries?budgetId={website}&status=REJECTED", null,
                Map.of("rejected", "/entries/0/id")));
        c.add(new Call("time-entries-invalid", "pm", "GET", "/time-entries?status=NOPE&from=yesterday", null));
        c.add(new Call("time-review-queue", "pm", "GET", "/time-entries/review-queue?limit=2", null));
        c.add(new Call("time-review-queue-filtered", "pm", "GET",
                "/time-entries/review-queue?budgetId={website}&authorKey=dev&serviceId={design}&limit=2", null));
        c.add(new Call("time-mine", "dev", "GET", "/time-entries/mine?limit=3", null));
        c.add(new Call("time-mine-rejected", "dev", "GET", "/time-entries/mine?status=REJECTED", null));
        c.add(new Call("time-entry-update", "pm", "PUT", "/time-entries/{pending1}",
                "{\"serviceId\":{design},\"billable\":false,\"clientNote\":\"Recorded note\"}"));
        c.add(new Call("time-entry-update-invalid", "pm", "PUT", "/time-entries/{pending1}", "{\"serviceId\":-1,\"billable\":\"yes\"}"));
        c.add(new Call("time-entry-approve", "pm", "POST", "/time-entries/approve", "{\"ids\":[{pending1},{pending2}]}"));
        c.add(new Call("time-entry-unapprove", "pm", "POST", "/time-entries/unapprove", "{\"ids\":[{pending2}],\"reason\":\"Check again\"}"));
        c.add(new Call("time-entry-reject", "pm", "POST", "/time-entries/reject", "{\"ids\":[{pending3},{pending1}],\"reason\":\"Wrong issue\"}"));
        c.add(new Call("time-entry-reject-without-reason", "pm", "POST", "/time-entries/reject", "{\"ids\":[{pending2}]}"));
        c.add(new Call("time-entry-approve-revision", "pm", "POST", "/time-entries/approve-revision", "{\"ids\":[{pending2}]}"));
        c.add(new Call("time-entry-discard-revision", "pm", "POST", "/time-entries/discard-revision", "{\"ids\":[{pending2}]}"));
        c.add(new Call("time-entry-approve-as-dev", "dev", "POST", "/time-entries/approve", "{\"ids\":[{pending2}]}"));
        c.add(new Call("time-entry-history", "pm", "GET", "/time-entries/{pending1}/history", null));
        c.add(new Call("time-entry-history-rejected", "pm", "GET", "/time-entries/{rejected}/history", null));
        c.add(new Call("lock-month-remove", "pm", "DELETE", "/budgets/{website}/locks/2026-09", null));
        // the service of an issue
        c.add(new Call("issue-service", "pm", "GET", "/issues/ACME-1/service", null));
        c.add(new Call("issue-service-assign", "pm", "PUT", "/issues/ACME-2/service", "{\"serviceId\":{design}}"));
        c.add(new Call("issue-service-automatic", "pm", "PUT", "/issues/ACME-2/service", "{\"serviceId\":null}"));
        c.add(new Call("issue-service-unknown", "pm", "GET", "/issues/NOPE-1/service", null));
        // client grants
        c.add(new Call("grantable-users", "pm", "GET", "/projects/ACME/grantable-users?q=cl", null));
        c.add(new Call("grants-list", "pm", "GET", "/projects/ACME/client-grants", null));
        c.add(new Call("grant-create", "pm", "POST", "/projects/GLOBEX/client-grants", "{\"userKey\":\"client\"}", Map.of("grant", "/id")));
        c.add(new Call("grant-create-invalid", "pm", "POST", "/projects/GLOBEX/client-grants", "{\"organizationId\":\"x\"}"));
        c.add(new Call("grant-client-manager", "pm", "PUT", "/client-grants/{grant}/client-manager", "{\"enabled\":true}"));
        c.add(new Call("grant-client-manager-invalid", "pm", "PUT", "/client-grants/{grant}/client-manager", "{\"enabled\":1}"));
        c.add(new Call("grant-revoke", "pm", "DELETE", "/client-grants/{grant}", null));
        // the access explainer
        c.add(new Call("access-explain", "pm", "GET", "/access/explain?userKey=client&budgetId={website}", null));
        c.add(new Call("access-explain-unseen", "pm", "GET", "/access/explain?userKey=other&budgetId={website}", null));
        c.add(new Call("access-explain-invalid", "pm", "GET", "/access/explain?userKey=client&budgetId=x", null));
        // the client portal
        c.add(new Call("portal-budgets", "client", "GET", "/portal/budgets", null));
        c.add(new Call("portal-budget", "client", "GET", "/portal/budgets/{website}", null));
        c.add(new Call("portal-time", "client", "GET", "/portal/budgets/{website}/time?limit=3", null));
        c.add(new Call("portal-time-filtered", "client", "GET",
                "/portal/budgets/{website}/time?from=2026-09-01&to=2026-09-30&serviceId={design}&start=1&limit=2", null));
        c.add(new Call("portal-time-invalid", "client", "GET", "/portal/budgets/{website}/time?limit=0&from=x", null));
        c.add(new Call("portal-expenses", "client", "GET", "/portal/budgets/{website}/expenses", null));
        c.add(new Call("portal-csv", "client", "GET", "/portal/budgets/{website}/time.csv?from=2026-09-01&to=2026-09-03", null));
        c.add(new Call("portal-budget-unseen", "other", "GET", "/portal/budgets/{website}", null));
        c.add(new Call("portal-budget-retainer", "other", "GET", "/portal/budgets/{retainer}", null));
        c.add(new Call("portal-time-retainer", "other", "GET", "/portal/budgets/{retainer}/time?limit=2", null,
                Map.of("retainerEntry", "/entries/0/id")));
        // retainer periods: the team's and the client's
        c.add(new Call("periods-retainer", "pm", "GET", "/budgets/{retainer}/periods", null));
        c.add(new Call("portal-periods-retainer", "other", "GET", "/portal/budgets/{retainer}/periods", null));
        // sign-offs: the demo's signed month, a repeat of it, refusals, both sides' lists
        c.add(new Call("sign-offs-portal", "client", "GET", "/portal/budgets/{website}/sign-offs", null));
        c.add(new Call("sign-off-months-portal", "client", "GET", "/portal/budgets/{website}/sign-offs/months", null));
        c.add(new Call("sign-off-repeat", "client", "POST", "/portal/budgets/{website}/sign-offs", "{\"period\":\"2026-09\"}"));
        c.add(new Call("sign-off-invalid", "client", "POST", "/portal/budgets/{website}/sign-offs", "{\"period\":\"2026-9\"}"));
        c.add(new Call("sign-off-nothing", "client", "POST", "/portal/budgets/{website}/sign-offs", "{\"period\":\"2025-01\"}"));
        c.add(new Call("sign-off-no-manager", "other", "POST", "/portal/budgets/{retainer}/sign-offs", "{\"period\":\"2026-09\"}"));
        c.add(new Call("sign-offs-team", "pm", "GET", "/budgets/{website}/sign-offs", null));
        c.add(new Call("sign-off-months-team", "pm", "GET", "/budgets/{website}/sign-offs/months", null));
        // admin
        c.add(new Call("installation-check", "admin", "GET", "/admin/installation-check", null));
        c.add(new Call("installation-check-as-pm", "pm", "GET", "/admin/installation-check", null));
        c.add(new Call("installation-check-customer", "admin", "GET", "/admin/installation-check/customer?username=client", null));
        c.add(new Call("installation-check-customer-unknown", "admin", "GET", "/admin/installation-check/customer?username=nobody", null));
        c.add(new Call("resync-state", "admin", "GET", "/admin/resync", null));
        c.add(new Call("resync-request", "admin", "POST", "/admin/resync", null));
        // last: deleting the budget made above
        c.add(new Call("budget-delete-unconfirmed", "pm", "DELETE", "/budgets/{created}", null));
        c.add(new Call("budget-delete", "pm", "DELETE", "/budgets/{created}?confirm=true", null));
        // questions on time entries (after the rest, so that the recordings above keep their numbers)
        c.add(new Call("questions-portal", "client", "GET", "/portal/budgets/{website}/questions", null,
                Map.of("demoQuestion", "/0/id")));
        c.add(new Call("questions-portal-unseen", "other", "GET", "/portal/budgets/{website}/questions", null));
        c.add(new Call("question-ask-invalid", "client", "POST", "/portal/budgets/{website}/questions",
                "{\"entryId\":1,\"message\":\"  \"}"));
        c.add(new Call("question-ask-retainer", "other", "POST", "/portal/budgets/{retainer}/questions",
                "{\"entryId\":{retainerEntry},\"message\":\"Which ticket was this?\"}", Map.of("retainerQuestion", "/id")));
        c.add(new Call("question-ask-retainer-again", "other", "POST", "/portal/budgets/{retainer}/questions",
                "{\"entryId\":{retainerEntry},\"message\":\"Which ticket was this?\"}"));
        c.add(new Call("questions-team", "pm", "GET", "/budgets/{website}/questions", null));
        c.add(new Call("question-confirm-invalid", "pm", "POST", "/questions/{demoQuestion}/confirm", "{\"answer\":\"\"}"));
        c.add(new Call("question-confirm", "pm", "POST", "/questions/{retainerQuestion}/confirm",
                "{\"answer\":\"GLOBEX-1, the login fix.\"}"));
        c.add(new Call("question-correct-closed", "pm", "POST", "/questions/{retainerQuestion}/correct",
                "{\"answer\":\"late\"}"));
        // a retainer's periods as CSV, for its client (after the rest, so that the numbering above stays)
        c.add(new Call("portal-periods-csv-retainer", "other", "GET", "/portal/budgets/{retainer}/periods.csv", null));
        return c;
    }

    @Test
    void everyEndpointAnswersAsRecorded() throws IOException {
        boolean record = Boolean.getBoolean("rest.record");
        List<String> differences = new ArrayList<>();
        List<Call> calls = calls();
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            HttpResponse<String> response = send(call);
            String actual = recording(call, response);
            capture(call, response);
            Path file = RECORDINGS.resolve(String.format("%03d-%s.json", i + 1, call.name()));
            if (record) {
                Files.createDirectories(RECORDINGS);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } else if (!Files.exists(file)) {
                differences.add(call.name() + ": no recording " + file);
            } else {
                String expected = Files.readString(file, StandardCharsets.UTF_8);
                if (!expected.equals(actual)) {
                    differences.add(call.name() + ":\n--- recorded\n" + expected + "\n--- now\n" + actual);
                }
            }
        }
        assertTrue(!record, "recorded " + calls.size() + " answers into " + RECORDINGS + "; run again without -Drest.record");
        assertEquals("", String.join("\n\n", differences));
    }

    @Test
    void normalisingTouchesOnlyTheMomentOfTheRun() throws IOException {
        JsonNode forecast = JSON.readTree("{\"forecast\":{\"exhaustionDate\":null,\"basis\":\"APPROVED\","
                + "\"remainingHours\":\"1.00\",\"windowStart\":\"2026-11-10\"}}");
        assertEquals("{\"forecast\":{\"exhaustionDate\":\"<day of the run>\",\"basis\":\"APPROVED\","
                + "\"remainingHours\":\"1.00\",\"windowStart\":\"<day of the run>\"}}",
                new ObjectMapper().writeValueAsString(normalise(forecast)));
        JsonNode node = JSON.readTree("{\"when\":\"2026-12-07T20:00:01.123Z\",\"started\":\"2026-09-01T09:00:00Z\","
                + "\"reviewedAt\":null,\"checks\":[{\"seen\":\"anything\"}],\"id\":7,"
                + "\"conditions\":[{\"met\":true,\"key\":\"k\"}],\"services\":[{\"name\":\"n\",\"id\":1}]}");
        assertEquals("{\"when\":\"<instant>\",\"started\":\"2026-09-01T09:00:00Z\",\"reviewedAt\":null,"
                + "\"checks\":[{\"seen\":\"<seen>\"}],\"id\":7,\"conditions\":[{\"key\":\"k\",\"met\":true}],"
                + "\"services\":[{\"name\":\"n\",\"id\":1}]}", new ObjectMapper().writeValueAsString(normalise(node)));
    }

    private static HttpResponse<String> send(Call call) {
        String path = resolve(call.path());
        HttpRequest.Builder r = TestHosts.request(host, BASE + path)
                .header("Accept", path.contains(".csv") ? "text/csv" : "application/json");
        if (!"anonymous".equals(call.user())) {
            r.header("Authorization", TestHosts.basic(call.user()));
        }
        if (call.body() != null) {
            r.header("Content-Type", "application/json");
        } else {
            // a body-less write, as a script sends it
            r.header("X-Atlassian-Token", "no-check");
        }
        return TestHosts.send(r.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(resolve(call.body()))));
    }

    private static String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = VARS.get(m.group(1));
            if (value == null) {
                throw new AssertionError("no value for {" + m.group(1) + "} in " + template + "; have " + VARS);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void capture(Call call, HttpResponse<String> response) throws IOException {
        if (call.capture().isEmpty()) {
            return;
        }
        JsonNode body = JSON.readTree(response.body());
        call.capture().forEach((name, pointer) -> {
            JsonNode value = body.at(pointer);
            if (value.isMissingNode() || value.isNull()) {
                throw new AssertionError(call.name() + ": nothing at " + pointer + " in " + response.body());
            }
            VARS.put(name, value.asText());
        });
    }

    /** The request line (with its placeholders, not their values), the status, the content type and the body. */
    private static String recording(Call call, HttpResponse<String> response) throws IOException {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("request", call.method() + " " + call.path() + " as " + call.user());
        if (call.body() != null) {
            r.put("requestBody", call.body());
        }
        r.put("status", response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse(null);
        r.put("contentType", type);
        String body = response.body();
        if (body == null || body.isEmpty()) {
            r.putNull("body");
        } else if (type != null && type.startsWith("application/json")) {
            JsonNode json = normalise(JSON.readTree(body));
            // the platform's own refusals (401/403 before our code): the host builds them with Map.of
            r.set("body", json.has("status-code") ? sorted((ObjectNode) json) : json);
        } else {
            r.put("body", body);
        }
        return JSON.writeValueAsString(r) + "\n";
    }

    private static ObjectNode sorted(ObjectNode object) {
        ObjectNode sorted = JsonNodeFactory.instance.objectNode();
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.stream().sorted().forEach(n -> sorted.set(n, normalise(object.get(n))));
        return sorted;
    }

    static JsonNode normalise(JsonNode node) {
        if (node.isArray()) {
            node.forEach(RecordedResponsesTest::normalise);
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode value = object.get(name);
                if (INSTANT_FIELDS.contains(name) && value.isTextual()) {
                    object.set(name, TextNode.valueOf("<instant>"));
                } else if (FORECAST_FIELDS.contains(name) && value.isObject()) {
                    for (String f : FORECAST_DAY_FIELDS) {
                        if (value.has(f)) {
                            ((ObjectNode) value).set(f, TextNode.valueOf("<day of the run>"));
                        }
                    }
                } else if (name.equals("seen") && !value.isNull()) {
                    object.set(name, TextNode.valueOf("<seen>"));
                } else if (UNORDERED_FIELD_LISTS.contains(name) && value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        if (value.get(i).isObject()) {
                            ((com.fasterxml.jackson.databind.node.ArrayNode) value).set(i, sorted((ObjectNode) value.get(i)));
                        }
                    }
                } else {
                    normalise(value);
                }
            }
        }
        return node;
    }
}
