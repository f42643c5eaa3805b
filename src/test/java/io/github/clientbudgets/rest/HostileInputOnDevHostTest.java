package io.github.clientbudgets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input against every write endpoint, over real HTTP on the dev host running the real plugin (docs/input-policy.md).
 * Each endpoint gets a table of bad inputs: bad characters, lengths, dates, amounts, hours, enum values, JSON types
 * per field, malformed, deep, large and duplicate-key JSON bodies, wrong content types, bad path ids. Every case must
 * answer its status (400, or 415 / 404 / 403 where the table says so) with the JSON error shape naming the field, and
 * leave every table of the database as it was (a digest of all rows of all tables, before and after). Each table ends
 * with the endpoint's valid request, which must be accepted: the refusals are the input's, not the endpoint's.
 */
class HostileInputOnDevHostTest {
    static AutoCloseable database; // the PostgreSQL server of the subclass, closed after the host
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final Map<String, Integer> COUNTS = new TreeMap<>();
    private static DevHost host;
    private static long budget;
    private static long service;
    private static long expense;
    private static long entry;
    private static long website;

    @BeforeAll
    static void start() throws Exception {
        startOn(TestHosts.options());
    }

    /** The host on the given database (H2 here, PostgreSQL in the subclass), with the fixtures of every table. */
    static void startOn(io.github.clientbudgets.devhost.DevHostOptions options) throws Exception {
        options.platformPollMillis = 0; // no scheduled job may write while a case compares the tables
        host = DevHost.start(options);
        budget = id(call("pm", "POST", BASE + "/budgets", js(budgetBody())));
        service = id(call("pm", "POST", BASE + "/budgets/" + budget + "/services", js(serviceBody())));
        expense = id(call("pm", "POST", BASE + "/budgets/" + budget + "/expenses", js(expenseBody())));
        List<?> budgets = JSON.readValue(call("pm", "GET", BASE + "/budgets?projectKey=ACME", null).body(), List.class);
        website = budgets.stream().map(b -> (Map<?, ?>) b).filter(b -> "Website relaunch".equals(b.get("name")))
                .mapToLong(b -> ((Number) b.get("id")).longValue()).findFirst().orElseThrow();
        JsonNode pending = JSON.readTree(call("pm", "GET", BASE + "/time-entries?budgetId=" + website
                + "&status=PENDING&limit=1", null).body()).get("entries");
        entry = pending.get(0).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        System.out.println("Bad inputs per endpoint: " + COUNTS);
    }

    // ----- valid bodies (each table's last case sends one)

    private static Map<String, Object> budgetBody() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectKey", "ACME");
        m.put("name", "Hostile input");
        m.put("type", "TIME_AND_MATERIALS");
        m.put("currency", "EUR");
        m.put("startDate", "2026-09-01");
        m.put("endDate", "2027-08-31");
        m.put("totalAmount", "1000.00");
        m.put("totalHours", "100");
        m.put("ownerKey", "pm");
        m.put("status", "OPEN");
        m.put("approvalRequired", true);
        m.put("alertWarnPercent", 80);
        m.put("alertCriticalPercent", 100);
        return m;
    }

    private static Map<String, Object> budgetUpdate() {
        Map<String, Object> m = budgetBody();
        m.remove("projectKey");
        m.put("version", version());
        return m;
    }

    private static int version() {
        try {
            return JSON.readTree(call("pm", "GET", BASE + "/budgets/" + budget, null).body()).get("version").asInt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The version of the item {@code id} in the list at {@code listPath}, as the team reads it now. */
    private static int version(String listPath, long id) {
        try {
            for (com.fasterxml.jackson.databind.JsonNode item : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(call("pm", "GET", BASE + listPath, null).body())) {
                if (item.get("id").asLong() == id) {
                    return item.get("version").asInt();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no " + id + " in " + listPath);
    }

    private static Map<String, Object> serviceBody() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Design");
        m.put("billing", "HOURLY");
        m.put("budgetedHours", "10");
        m.put("rate", "90.00");
        m.put("costRate", "40.00");
        m.put("isDefault", true);
        return m;
    }

    private static Map<String, Object> expenseBody() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", "2026-10-01");
        m.put("description", "Train tickets");
        m.put("amount", "12.50");
        m.put("billable", true);
        m.put("markupPercent", "10");
        return m;
    }

    // ----- bad values, by kind of field

    private static final String LONG = "x".repeat(256);

    /** One-line text (names, descriptions): characters, length, JSON types. */
    private static List<Object> badLine() {
        return List.of("a\u0000b", "\u0000", "a\u0001b", "tab\there", "new\nline", "cr\rhere", "del\u007F", "c1\u0085",
                "c1\u009B", "Acme\u202Eevil", "\u202Aembed", "\u2066isolate", "\u2069", "lone \uD800", "lone \uDC00",
                "\uFFFF", LONG, 42, true, List.of("x"), Map.of("x", 1));
    }

    /** Multi-line text (reasons, notes): tab and line breaks are fine, the rest as on one line. */
    private static List<Object> badMultiLine() {
        return List.of("a\u0000b", "a\u0001", "vt\u000B", "ff\u000C", "del\u007F", "c1\u0085", "\u202Eevil",
                "\u2067x", "lone \uD83D", "lone \uDE00", "r".repeat(2001), 42, false, List.of("x"));
    }

    /** Keys of users and projects. */
    private static List<Object> badKey() {
        return List.of("pm\u0000", "\u0000", "\u202Epm", "p\u2066m", "pm\uD800", "pm\u0085", "pm\n", "k".repeat(256), 7,
                List.of("pm"));
    }

    private static List<Object> badDate() {
        return List.of("0000-01-01", "1899-12-31", "-0001-01-01", "+10000-01-01", "10000-01-01", "+999999999-12-31",
                "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-1", "01.10.2026", "2026-10-01T00:00:00Z",
                "2026/10/01", "2026-10-01\u0000", "\u202E2026-10-01", "२०२६-१०-०१", 20261001, true);
    }

    private static List<Object> badMoney() {
        return List.of("-1", "-0.01", "1e3", "12.345", "10000000001", "abc", "1,000", "1 000", "0x10", "NaN",
                "Infinity", "١٢", "12.5\u0000", 12.5, 1e3, true, List.of("1"));
    }

    private static List<Object> badHours() {
        return List.of("-1", "1.234", "10000001", "abc", "1e2", "1:30", "1h", 1.5, false);
    }

    private static List<Object> badEnum(boolean required) {
        List<Object> bad = new ArrayList<>(List.of("BOGUS", "OPEN\u0000", "\u202EOPEN", "x".repeat(300), 42, List.of()));
        if (required) {
            bad.add("");
        }
        return bad;
    }

    private static List<Object> badBool() {
        return List.of("true", 1, 0, "yes", List.of(true), Map.of());
    }

    private static List<Object> badId() {
        return List.of(0, -1, "1", 1.5, true, List.of(1), 2147483648L * 1000);
    }

    /** Bodies that are no acceptable JSON object: every body endpoint gets them; the field is "body". */
    private static List<Case> badBodies() {
        List<Case> cases = new ArrayList<>();
        for (String raw : List.of("{", "}", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "{a:1}", "[]", "[1]", "\"x\"", "42",
                "null", "true", "{} {}", "{\"a\":1}x", "{\"a\":\"raw \u0001 control\"}", "{\"a\":NaN}", "{\"a\":01}",
                "{\"a\":.5}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{/* comment */}", "{\"a\":tru}",
                "{\"name\":\"a\",\"name\":\"b\"}", "{\"a\":" + "9".repeat(100) + "}", "\"unterminated")) {
            cases.add(Case.raw(shorten(raw), raw.getBytes(StandardCharsets.UTF_8), "body"));
        }
        cases.add(Case.raw("depth 33", nested(33).getBytes(StandardCharsets.UTF_8), "body"));
        cases.add(Case.raw("depth 1,001", nested(1001).getBytes(StandardCharsets.UTF_8), "body"));
        cases.add(Case.raw("depth 100,000 arrays", ("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8), "body"));
        cases.add(Case.raw("1.1 MB", ("{\"a\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), "body"));
        cases.add(Case.raw("not UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "body"));
        cases.add(Case.raw("Latin-1 byte", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'}, "body"));
        cases.add(Case.raw("overlong NUL", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'}, "body"));
        cases.add(Case.raw("CESU surrogate", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, '"', '}'}, "body"));
        return cases;
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    /** Wrong content types: 415 with a JSON message, as Jira answers (POST without XSRF token: Jira's 403). */
    private static List<Case> badContentTypes(String method, String validBody) {
        List<Case> cases = new ArrayList<>();
        byte[] body = validBody.getBytes(StandardCharsets.UTF_8);
        cases.add(Case.typed("text/plain (no-check)", "text/plain", true, body, 415));
        cases.add(Case.typed("application/xml", "application/xml", true, body, 415));
        cases.add(Case.typed("form (no-check)", "application/x-www-form-urlencoded", true, body, 415));
        cases.add(Case.typed("no Content-Type (no-check)", null, true, body, 415));
        cases.add(Case.typed("application/json-patch+json", "application/json-patch+json", true, body, 415));
        if (method.equals("POST")) {
            // Atlassian REST's XSRF check answers first, in plain text, exactly as in Jira
            cases.add(Case.typed("text/plain without token: XSRF", "text/plain", false, body, 403));
        } else {
            cases.add(Case.typed("text/plain without token", "text/plain", false, body, 415));
        }
        return cases;
    }

    /** Path ids that are no id: 404 with the JSON message, as for an id nobody may see. */
    private static final List<String> BAD_PATH_IDS = List.of("abc", "1.5", "-1", "0x10", "99999999999999999999", "1e3",
            "%20", "1%00", "%E2%80%AE1");

    // ----- the tables

    @TestFactory
    Stream<DynamicTest> createBudget() {
        List<Case> cases = fieldCases(HostileInputOnDevHostTest::budgetBody, Map.of(
                "projectKey", badKey(), "name", badLine(), "type", badEnum(true), "currency",
                List.of("eur", "EURO", "XXX", "XAU", "ZZZ", "E\u0000R", "\u202EEUR", 978, ""),
                "startDate", badDate(), "endDate", badDate(), "totalAmount", badMoney(), "totalHours", badHours(),
                "ownerKey", with(badKey(), "nobody", "client", "other"), "status", badEnum(false)));
        cases.addAll(fieldCases(HostileInputOnDevHostTest::budgetBody, Map.of(
                "approvalRequired", badBool(), "clientAccess", badBool(),
                "alertWarnPercent", List.of(0, 1001, -1, "80", 80.5, 2147483648L),
                "alertCriticalPercent", List.of(0, 1001, "100", 99.9))));
        cases.add(Case.json("end before start", with(budgetBody(), "endDate", "2026-08-31"), "endDate"));
        cases.add(Case.json("neither amount nor hours", without(budgetBody(), "totalAmount", "totalHours"), "totalAmount"));
        cases.add(Case.json("warn above critical", with(with(budgetBody(), "alertWarnPercent", 90), "alertCriticalPercent", 80),
                "alertCriticalPercent"));
        cases.add(Case.json("unknown project", with(budgetBody(), "projectKey", "NOPE"), "projectKey"));
        cases.add(Case.json("other's project key in lower case", with(budgetBody(), "projectKey", "acme\u0000"), "projectKey"));
        cases.addAll(badBodies());
        cases.addAll(badContentTypes("POST", js(budgetBody())));
        return table("POST /budgets", "POST", () -> BASE + "/budgets", cases,
                () -> call("pm", "POST", BASE + "/budgets", js(budgetBody())));
    }

    @TestFactory
    Stream<DynamicTest> updateBudget() {
        List<Case> cases = fieldCases(HostileInputOnDevHostTest::budgetUpdate, Map.of(
                "name", badLine(), "type", badEnum(true), "currency", List.of("eur", "XXX", "E\u0000R", 978),
                "startDate", badDate(), "endDate", badDate(), "totalAmount", badMoney(), "totalHours", badHours(),
                "ownerKey", with(badKey(), "nobody", "client"), "status", badEnum(false),
                "version", List.of("0", 1.5, true)));
        cases.add(Case.json("other currency with services", with(budgetUpdate(), "currency", "USD"), "currency"));
        cases.addAll(badBodies());
        cases.addAll(badContentTypes("PUT", js(budgetUpdate())));
        cases.addAll(pathCases("PUT", id -> BASE + "/budgets/" + id, js(budgetUpdate())));
        return table("PUT /budgets/{id}", "PUT", () -> BASE + "/budgets/" + budget, cases,
                () -> call("pm", "PUT", BASE + "/budgets/" + budget, js(budgetUpdate())));
    }

    @TestFactory
    Stream<DynamicTest> toggles() {
        List<DynamicTest> all = new ArrayList<>();
        for (String[] toggle : new String[][] {{"client-access", "enabled"}, {"person-names", "enabled"},
                {"comments", "enabled"}, {"approval", "required"}}) {
            String path = BASE + "/budgets/" + budget + "/" + toggle[0];
            Supplier<Map<String, Object>> valid = () -> new LinkedHashMap<>(Map.of(toggle[1], true));
            List<Case> cases = fieldCases(valid, Map.of(toggle[1], with(badBool(), (Object) null)));
            cases.add(Case.json("no " + toggle[1], Map.of("other", true), toggle[1]));
            cases.addAll(badBodies());
            cases.addAll(badContentTypes("PUT", "{\"" + toggle[1] + "\":true}"));
            cases.addAll(pathCases("PUT", id -> BASE + "/budgets/" + id + "/" + toggle[0], "{\"" + toggle[1] + "\":true}"));
            table("PUT /budgets/{id}/" + toggle[0], "PUT", () -> path, cases,
                    () -> call("pm", "PUT", path, js(valid.get()))).forEach(all::add);
        }
        return all.stream();
    }

    @TestFactory
    Stream<DynamicTest> createService() {
        List<Case> cases = serviceCases(HostileInputOnDevHostTest::serviceBody);
        cases.addAll(badContentTypes("POST", js(serviceBody())));
        cases.addAll(pathCases("POST", id -> BASE + "/budgets/" + id + "/services", js(serviceBody())));
        String path = BASE + "/budgets/" + budget + "/services";
        return table("POST /budgets/{id}/services", "POST", () -> path, cases,
                () -> call("pm", "POST", path, js(with(serviceBody(), "isDefault", false))));
    }

    @TestFactory
    Stream<DynamicTest> updateService() {
        // an update names the version it was made from: every case carries the current one, so only the bad field fails
        Supplier<Map<String, Object>> body = () -> with(serviceBody(), "version", version("/budgets/" + budget + "/services", service));
        List<Case> cases = serviceCases(body);
        cases.add(Case.json("un-default the default", with(body.get(), "isDefault", false), "isDefault"));
        cases.add(Case.json("no version", serviceBody(), "version"));
        cases.add(Case.json("version not a number", with(serviceBody(), "version", "v1"), "version"));
        cases.addAll(badContentTypes("PUT", js(body.get())));
        cases.addAll(pathCases("PUT", id -> BASE + "/services/" + id, js(body.get())));
        String path = BASE + "/services/" + service;
        return table("PUT /services/{id}", "PUT", () -> path, cases,
                () -> call("pm", "PUT", path, js(with(body.get(), "name", "Design (renamed)"))));
    }

    private static List<Case> serviceCases(Supplier<Map<String, Object>> body) {
        List<Case> cases = fieldCases(body, Map.of("name", badLine(),
                "billing", badEnum(true), "budgetedHours", badHours(), "rate", badMoney(), "costRate", badMoney(),
                "isDefault", badBool()));
        cases.add(Case.json("hourly without rate", without(body.get(), "rate"), "rate"));
        cases.add(Case.json("non-billable with a rate", with(body.get(), "billing", "NON_BILLABLE"), "rate"));
        cases.addAll(badBodies());
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> createExpense() {
        List<Case> cases = expenseCases(HostileInputOnDevHostTest::expenseBody);
        cases.addAll(badContentTypes("POST", js(expenseBody())));
        cases.addAll(pathCases("POST", id -> BASE + "/budgets/" + id + "/expenses", js(expenseBody())));
        String path = BASE + "/budgets/" + budget + "/expenses";
        return table("POST /budgets/{id}/expenses", "POST", () -> path, cases,
                () -> call("pm", "POST", path, js(expenseBody())));
    }

    @TestFactory
    Stream<DynamicTest> updateExpense() {
        Supplier<Map<String, Object>> body = () -> with(expenseBody(), "version", version("/budgets/" + budget + "/expenses", expense));
        List<Case> cases = expenseCases(body);
        cases.add(Case.json("no version", expenseBody(), "version"));
        cases.add(Case.json("version not a number", with(expenseBody(), "version", "v1"), "version"));
        cases.addAll(badContentTypes("PUT", js(body.get())));
        cases.addAll(pathCases("PUT", id -> BASE + "/expenses/" + id, js(body.get())));
        String path = BASE + "/expenses/" + expense;
        return table("PUT /expenses/{id}", "PUT", () -> path, cases,
                () -> call("pm", "PUT", path, js(with(body.get(), "description", "Train tickets, return"))));
    }

    private static List<Case> expenseCases(Supplier<Map<String, Object>> body) {
        List<Case> cases = fieldCases(body, Map.of("date", badDate(),
                "description", badLine(), "amount", badMoney(), "billable", badBool(),
                "markupPercent", List.of("-1", "1000.01", "10.005", "abc", 10.5, "1e2"),
                "serviceId", with(badId(), 99999999)));
        cases.add(Case.json("no amount", without(body.get(), "amount"), "amount"));
        cases.add(Case.json("no date", without(body.get(), "date"), "date"));
        cases.add(Case.json("blank description", with(body.get(), "description", " \t "), "description"));
        cases.addAll(badBodies());
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> expenseDecisions() {
        List<DynamicTest> all = new ArrayList<>();
        for (String action : List.of("approve", "reject", "unapprove")) {
            String path = BASE + "/expenses/" + action;
            Supplier<Map<String, Object>> valid = () -> new LinkedHashMap<>(Map.of("ids", List.of(expense),
                    "reason", "Receipt missing"));
            all.addAll(table("POST /expenses/" + action, "POST", () -> path, decisionCases(valid),
                    () -> call("pm", "POST", path, js(valid.get()))).toList());
        }
        return all.stream();
    }

    @TestFactory
    Stream<DynamicTest> timeEntryDecisions() {
        List<DynamicTest> all = new ArrayList<>();
        for (String action : List.of("approve", "reject", "unapprove", "approve-revision", "discard-revision")) {
            String path = BASE + "/time-entries/" + action;
            Supplier<Map<String, Object>> valid = () -> new LinkedHashMap<>(Map.of("ids", List.of(entry),
                    "reason", "Wrong issue"));
            all.addAll(table("POST /time-entries/" + action, "POST", () -> path, decisionCases(valid),
                    () -> call("pm", "POST", path, js(valid.get()))).toList());
        }
        return all.stream();
    }

    private static List<Case> decisionCases(Supplier<Map<String, Object>> valid) {
        List<Case> cases = fieldCases(valid, Map.of("reason", badMultiLine(),
                "ids", List.of(List.of(), "1", List.of(0), List.of(-1), List.of("1"), List.of(1.5), List.of(true),
                        Map.of("id", 1), 5)));
        cases.add(Case.json("no ids", without(valid.get(), "ids"), "ids"));
        cases.add(Case.json("1,001 ids", with(valid.get(), "ids", java.util.stream.LongStream.rangeClosed(1, 1001)
                .boxed().toList()), "ids"));
        cases.addAll(badBodies());
        cases.addAll(badContentTypes("POST", js(valid.get())));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> updateTimeEntry() {
        Supplier<Map<String, Object>> valid = () -> new LinkedHashMap<>(Map.of("billable", true, "clientNote", "Workshop\nday 1"));
        List<Case> cases = fieldCases(valid, Map.of("clientNote", badMultiLine(), "billable", badBool(),
                "serviceId", with(badId(), 99999999)));
        cases.addAll(badBodies());
        cases.addAll(badContentTypes("PUT", js(valid.get())));
        cases.addAll(pathCases("PUT", id -> BASE + "/time-entries/" + id, js(valid.get())));
        String path = BASE + "/time-entries/" + entry;
        return table("PUT /time-entries/{id}", "PUT", () -> path, cases, () -> call("pm", "PUT", path, js(valid.get())));
    }

    @TestFactory
    Stream<DynamicTest> locks() {
        List<DynamicTest> all = new ArrayList<>();
        for (String method : List.of("PUT", "DELETE")) {
            List<Case> cases = new ArrayList<>();
            for (String month : List.of("0000-01", "-0001-01", "+999999999-12", "1899-12", "10000-01", "2026-13",
                    "2026-00", "2026-1", "26-01", "2026-01-01", "2026_01", "abc", "2026-01%00", "%002026-01",
                    "%E2%80%AE2026-01", "%EF%BC%92026-01", "2026-%E2%80%8901", "2026-01%20", "%20", "2026-01%3Bx",
                    "%E0%A5%A8%E0%A5%A6%E0%A5%A8%E0%A5%AC-%E0%A5%A6%E0%A5%A7", "2026-O1", "2026%E2%88%9201", "1e3-01", "0x7E-01", "2026-01%0A", "2026-1a", "99999-01",
                    "2026-001", "2026-12-")) {
                cases.add(Case.path(month, BASE + "/budgets/" + budget + "/locks/" + month, 400, "month"));
            }
            for (String id : BAD_PATH_IDS) {
                cases.add(Case.path("budget id " + id, BASE + "/budgets/" + id + "/locks/2026-10", 404, null));
            }
            String ok = BASE + "/budgets/" + budget + "/locks/2099-01";
            all.addAll(table(method + " /budgets/{id}/locks/{month}", method, () -> ok, cases,
                    () -> call("pm", method, ok, null)).toList());
        }
        return all.stream();
    }

    @TestFactory
    Stream<DynamicTest> clientGrants() {
        Supplier<Map<String, Object>> valid = () -> new LinkedHashMap<>(Map.of("userKey", "other"));
        List<Case> cases = fieldCases(valid, Map.of("userKey", with(badKey(), "nobody", "")));
        cases.addAll(fieldCases(() -> new LinkedHashMap<>(Map.of("organizationId", 3)),
                Map.of("organizationId", List.of(-1, 0, "3", 3.5, true, List.of(3)))));
        cases.add(Case.json("both user and organization", Map.of("userKey", "other", "organizationId", 3), "userKey"));
        cases.add(Case.json("neither", Map.of(), "userKey"));
        cases.addAll(badBodies());
        cases.addAll(badContentTypes("POST", js(valid.get())));
        for (String key : List.of("AC%00ME", "%E2%80%AEACME", "ACME%C2%85", "NOPE", "K".repeat(300))) {
            cases.add(Case.path("project " + shorten(key), BASE + "/projects/" + key + "/client-grants", 404, null)
                    .withBody(js(valid.get())));
        }
        String path = BASE + "/projects/ACME/client-grants";
        return table("POST /projects/{key}/client-grants", "POST", () -> path, cases,
                () -> call("pm", "POST", path, js(valid.get())));
    }

    @TestFactory
    Stream<DynamicTest> issueService() {
        Supplier<Map<String, Object>> valid = () -> new LinkedHashMap<>(Map.of("serviceId", service));
        List<Case> cases = fieldCases(valid, Map.of("serviceId", with(badId(), 99999999)));
        cases.addAll(badBodies());
        cases.addAll(badContentTypes("PUT", js(valid.get())));
        for (String key : List.of("ACME-1%00", "%E2%80%AEACME-1", "ACME-1%C2%9B", "ACME-%ED%A0%80", "NOPE-1",
                "K".repeat(300), "%20")) {
            cases.add(Case.path("issue " + shorten(key), BASE + "/issues/" + key + "/service", 404, null)
                    .withBody(js(valid.get())));
        }
        String path = BASE + "/issues/ACME-3/service";
        return table("PUT /issues/{key}/service", "PUT", () -> path, cases, () -> call("pm", "PUT", path, js(valid.get())));
    }

    @TestFactory
    Stream<DynamicTest> deletes() {
        List<DynamicTest> all = new ArrayList<>();
        for (String template : List.of("/budgets/%s", "/services/%s", "/expenses/%s", "/client-grants/%s")) {
            List<Case> cases = new ArrayList<>();
            List<String> ids = new ArrayList<>(BAD_PATH_IDS);
            ids.addAll(List.of("null", "true", "%5B1%5D", "1%2C2", "%D9%A1", "%EF%BC%91", "9223372036854775808",
                    "-9223372036854775809", "0", "00", "1_000", "1%09", "%0A1", "1.0", "NaN", "Infinity", "0b1", "1L",
                    "%7B%7D", "%271%27", "%221%22"));
            for (String id : ids) {
                cases.add(Case.path(id, BASE + template.formatted(id), 404, null));
            }
            all.addAll(table("DELETE " + template.formatted("{id}"), "DELETE", () -> BASE + template.formatted("0"),
                    cases, null).toList());
        }
        return all.stream();
    }

    // ----- the HTTP layer once more, outside the tables: shapes a client relies on

    @Test
    void malformedJsonNamesWhereItBreaksAndNoJacksonClass() throws Exception {
        HttpResponse<String> r = call("pm", "POST", BASE + "/budgets", "{\n  \"name\": \"x\",\n  oops\n}");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String message = JSON.readTree(r.body()).get("errors").get("body").asText();
        assertTrue(message.contains("line 3, column 3"), message);
        assertTrue(!r.body().contains("jackson") && !r.body().contains("Exception"), r.body());
    }

    @Test
    void jirasOwnRestOnTheHostAnswersBadJsonWithItsErrorCollection() throws Exception {
        for (String body : List.of("{", nested(2000), "{\"timeSpentSeconds\":}")) {
            HttpResponse<String> r = call("dev", "POST", "/rest/api/2/issue/ACME-1/worklog", body);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).has("errorMessages"), r.body());
        }
    }

    @Test
    void aNulInAPathIsAJsonErrorNotAnHtmlPage() throws Exception {
        for (String path : List.of(BASE + "/budgets/%00", BASE + "/issues/%00/service", BASE + "/budgets/1%2F2")) {
            HttpResponse<String> r = call("pm", "GET", path, null);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    path + " -> " + r.headers().map() + " " + r.body());
            JSON.readTree(r.body());
        }
    }

    @Test
    void readsRefuseKeysNoUserOrProjectCanHaveBeforeAnyLookUp() throws Exception {
        for (String key : List.of("client%C2%85", "%E2%80%AEclient", "cli%00ent", "k".repeat(300), "client%0A", "%E2%81%A6client")) {
            HttpResponse<String> explain = call("pm", "GET", BASE + "/access/explain?budgetId=" + website + "&userKey=" + key, null);
            assertEquals(400, explain.statusCode(), key + " " + explain.body());
            assertTrue(JSON.readTree(explain.body()).get("errors").has("userKey"), explain.body());
            HttpResponse<String> queue = call("pm", "GET", BASE + "/time-entries/review-queue?authorKey=" + key, null);
            assertEquals(400, queue.statusCode(), key + " " + queue.body());
            assertTrue(JSON.readTree(queue.body()).get("errors").has("authorKey"), queue.body());
            HttpResponse<String> budgets = call("pm", "GET", BASE + "/budgets?projectKey=" + key, null);
            assertEquals(404, budgets.statusCode(), key + " " + budgets.body());
            assertTrue(JSON.readTree(budgets.body()).has("message"), budgets.body());
        }
    }

    // ----- machinery

    /** One bad request: a JSON value or raw bytes, its content type, and what it must answer. */
    record Case(String name, String path, String contentType, boolean xsrfToken, byte[] body, int status, String field) {
        static Case json(String name, Map<String, Object> body, String field) {
            return new Case(name, null, "application/json", true, js(body).getBytes(StandardCharsets.UTF_8), 400, field);
        }

        static Case raw(String name, byte[] body, String field) {
            return new Case(name, null, "application/json", true, body, 400, field);
        }

        static Case typed(String name, String contentType, boolean xsrfToken, byte[] body, int status) {
            return new Case(name, null, contentType, xsrfToken, body, status, null);
        }

        static Case path(String name, String path, int status, String field) {
            if (path.contains("%00")) {
                // refused by the server before the app (Tomcat does so in front of Jira): 400 with the host's JSON
                return new Case(name, path, null, true, null, 400, null);
            }
            return new Case(name, path, null, true, null, status, field);
        }

        Case withBody(String json) {
            return new Case(name, path, "application/json", xsrfToken, json.getBytes(StandardCharsets.UTF_8), status, field);
        }
    }

    /** For every field, every bad value in place of the valid one; each must be refused on that field. */
    private static List<Case> fieldCases(Supplier<Map<String, Object>> valid, Map<String, List<Object>> bad) {
        List<Case> cases = new ArrayList<>();
        new TreeMap<>(bad).forEach((field, values) -> {
            for (Object value : values) {
                cases.add(Case.json(field + " = " + shorten(String.valueOf(value)), with(valid.get(), field, value), field));
            }
        });
        return cases;
    }

    private static List<Case> pathCases(String method, java.util.function.Function<String, String> path, String body) {
        List<Case> cases = new ArrayList<>();
        for (String id : BAD_PATH_IDS) {
            cases.add(Case.path("path id " + id, path.apply(id), 404, null).withBody(body));
        }
        return cases;
    }

    private Stream<DynamicTest> table(String endpoint, String method, Supplier<String> path, List<Case> cases,
                                      Supplier<HttpResponse<String>> validRequest) {
        COUNTS.merge(endpoint, cases.size(), Integer::sum);
        assertTrue(cases.size() >= 30, endpoint + " has only " + cases.size() + " bad inputs");
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(endpoint + ": " + c.name(), () -> {
                Map<String, String> before = digest();
                HttpResponse<String> r = send(method, c.path() != null ? c.path() : path.get(), c);
                check(c, r);
                Map<String, String> after = digest();
                List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
                assertEquals(before, after, "tables " + changed + " changed after " + c.name() + " -> " + shorten(r.body()));
            }));
        }
        if (validRequest != null) {
            tests.add(DynamicTest.dynamicTest(endpoint + ": the valid request is accepted", () -> {
                HttpResponse<String> r = validRequest.get();
                assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, r.statusCode() + " " + r.body());
            }));
        }
        return tests.stream();
    }

    private static void check(Case c, HttpResponse<String> r) throws Exception {
        String what = c.name() + " -> " + r.statusCode() + " " + shorten(r.body());
        assertEquals(c.status(), r.statusCode(), what);
        if (c.status() == 403) {
            assertEquals("XSRF check failed", r.body(), what); // Atlassian REST's own answer, as in Jira
            return;
        }
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        JsonNode json = JSON.readTree(r.body());
        if (c.field() != null) {
            JsonNode errors = json.get("errors");
            if (errors == null || !errors.has(c.field())) {
                fail("no error on " + c.field() + ": " + what);
            }
            assertTrue(!errors.get(c.field()).asText().isBlank(), what);
        } else {
            assertTrue(json.hasNonNull("message") && !json.get("message").asText().isBlank(), what);
        }
    }

    private static HttpResponse<String> send(String method, String path, Case c) {
        HttpRequest.Builder r = TestHosts.request(host, path).header("Accept", "application/json")
                .header("Authorization", TestHosts.basic("pm"));
        if (c.contentType() != null) {
            r.header("Content-Type", c.contentType());
        }
        if (c.xsrfToken()) {
            r.header("X-Atlassian-Token", "no-check");
        }
        return TestHosts.send(r.method(method, c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body())));
    }

    static HttpResponse<String> call(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, path).header("Accept", "application/json")
                .header("Authorization", TestHosts.basic(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static long id(HttpResponse<String> created) {
        try {
            return JSON.readTree(created.body()).get("id").asLong();
        } catch (Exception e) {
            throw new AssertionError(created.statusCode() + " " + created.body(), e);
        }
    }

    /** Every row of every table of the host's database: a digest per table. */
    private static Map<String, String> digest() throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = host.store().db().connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    String schema = t.getString("TABLE_SCHEM");
                    // the cluster cache's removal messages are no stored state: a refused write may evict (that is safe)
                    if ((schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA") && !schema.equalsIgnoreCase("pg_catalog"))
                            && !t.getString("TABLE_NAME").equalsIgnoreCase("HOST_CACHE_FLUSH")) {
                        tables.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + t.getString("TABLE_NAME") + "\"");
                    }
                }
            }
            java.util.Collections.sort(tables);
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
                digests.put(table, rows.size() + " rows " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }

    // ----- small helpers

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String... fields) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (String f : fields) {
            copy.remove(f);
        }
        return copy;
    }

    private static List<Object> with(List<Object> values, Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(java.util.Arrays.asList(more));
        return all;
    }

    private static String shorten(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        StringBuilder out = new StringBuilder();
        for (char ch : shown.toCharArray()) {
            out.append(ch < 0x20 || ch >= 0x7F && ch <= 0x9F || ch >= 0x2066 && ch <= 0x2069 || ch >= 0x202A && ch <= 0x202E
                    || Character.isSurrogate(ch) ? String.format("\\u%04X", (int) ch) : String.valueOf(ch));
        }
        return out.toString();
    }

    /** JSON with every non-ASCII character escaped, so that NUL and lone surrogates travel as JSON says they may. */
    static String js(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    out.append('\\').append(ch);
                } else if (ch < 0x20 || ch > 0x7E) {
                    out.append(String.format("\\u%04x", (int) ch));
                } else {
                    out.append(ch);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            m.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(js(String.valueOf(k))).append(':').append(js(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> l) {
            StringBuilder out = new StringBuilder("[");
            l.forEach(v -> out.append(out.length() > 1 ? "," : "").append(js(v)));
            return out.append(']').toString();
        }
        return String.valueOf(value); // numbers and booleans
    }
}
