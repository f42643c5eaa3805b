package io.github.clientbudgets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/rest/openapi.yaml} against the app: every documented operation is called over HTTP on a fresh dev host
 * with the operation's {@code x-examples} (user, path, query, headers, body, expected status), and each answer must
 * have the expected status, a status the operation documents, its documented headers, a documented content type,
 * and a body that fits the documented schema (required fields, types, enums, patterns, dates); an example that names
 * {@code errors} must get exactly those fields in {@code {"errors":{...}}}. Operations run in the file's order, the DELETEs last in reverse
 * order, so later examples may use what earlier ones created. And the other way round: every JAX-RS resource method
 * of the {@code rest} package is documented, and nothing is documented that no resource method serves.
 */
class OpenApiContractTest {
    private static final Path SPEC = Path.of("docs", "rest", "openapi.yaml");
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final String REST_PACKAGE = "io.github.clientbudgets.rest";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode spec;
    private static DevHost host;

    @BeforeAll
    static void start() throws IOException {
        spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    /** One documented operation, in the file's order. */
    record Operation(String path, String method, JsonNode pathItem, JsonNode node) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> fields = path.getValue().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (METHODS.contains(field.getKey())) {
                    operations.add(new Operation(path.getKey(), field.getKey(), path.getValue(), field.getValue()));
                }
            }
        }
        return operations;
    }

    @Test
    void everyResourceMethodIsDocumentedAndNothingElse() throws Exception {
        Set<String> served = servedOperations();
        Set<String> documented = new TreeSet<>();
        operations().forEach(o -> documented.add(o.name()));
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> unserved = new TreeSet<>(documented);
        unserved.removeAll(served);
        assertTrue(served.size() > 40, "found too few resource methods, is the scan right? " + served);
        assertEquals(Set.of(), undocumented, "resource methods missing from " + SPEC);
        assertEquals(Set.of(), unserved, "documented in " + SPEC + " but served by no resource method");
    }

    /** "METHOD /path" of every resource method of the rest package's {@code @Path} classes, by reflection. */
    static Set<String> servedOperations() throws Exception {
        Path classes = Paths.get(BudgetResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> served = new TreeSet<>();
        for (JavaClass imported : new ClassFileImporter().importPath(classes)) {
            if (!imported.getPackageName().equals(REST_PACKAGE) && !imported.getPackageName().startsWith(REST_PACKAGE + ".")) {
                continue;
            }
            Class<?> type = Class.forName(imported.getName(), false, OpenApiContractTest.class.getClassLoader());
            javax.ws.rs.Path root = type.getAnnotation(javax.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                served.add(httpMethod + " " + join(root.value(), sub == null ? "" : sub.value()));
            }
        }
        return served;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void joiningPathsNormalisesSlashes() {
        assertEquals("/budgets/{id}", join("/budgets", "{id}"));
        assertEquals("/projects/{projectKey}/client-grants", join("/", "projects/{projectKey}/client-grants"));
        assertEquals("/admin/resync", join("/admin/resync", ""));
    }

    @Test
    void everyOperationAnswersAsDocumented() throws IOException {
        List<Operation> all = operations();
        List<Operation> order = new ArrayList<>(all.stream().filter(o -> !o.method().equals("delete")).toList());
        List<Operation> deletes = new ArrayList<>(all.stream().filter(o -> o.method().equals("delete")).toList());
        Collections.reverse(deletes);
        order.addAll(deletes);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Operation operation : order) {
            JsonNode examples = operation.node().path("x-examples");
            if (!examples.isArray() || examples.isEmpty()) {
                problems.add(operation.name() + ": no x-examples");
                continue;
            }
            boolean succeeded = false;
            for (JsonNode example : examples) {
                calls++;
                int status = example.path("status").asInt();
                succeeded |= status >= 200 && status < 300;
                check(operation, example, problems);
            }
            if (!succeeded) {
                problems.add(operation.name() + ": no example of a successful call");
            }
        }
        assertEquals("", String.join("\n", problems), "of " + calls + " calls");
    }

    @Test
    void theValidatorRefusesWhatDoesNotFit() throws IOException {
        JsonNode schema = spec.at("/components/schemas/Expense");
        JsonNode expense = JSON.readTree("{\"id\":1,\"budgetId\":1,\"serviceId\":null,\"date\":\"2026-10-11\","
                + "\"description\":\"d\",\"amount\":\"600.00\",\"billable\":true,\"markupPercent\":\"10.00\","
                + "\"status\":\"PENDING\",\"authorKey\":\"pm\",\"rejectionReason\":null,\"version\":0}");
        List<String> none = new ArrayList<>();
        validate(expense, schema, "", none);
        assertEquals(List.of(), none);
        List<String> problems = new ArrayList<>();
        ((com.fasterxml.jackson.databind.node.ObjectNode) expense).remove("version");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expense).put("amount", 600.5);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expense).put("status", "LOST");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expense).put("date", "2026-13-01");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expense).putNull("budgetId");
        validate(expense, schema, "", problems);
        assertEquals(List.of(": no field version", "/budgetId: null", "/date: not a date: 2026-13-01",
                "/amount: not a string: 600.5", "/status: not one of [\"PENDING\",\"APPROVED\",\"REJECTED\"]: LOST"), problems);
    }

    @Test
    void anyOfTakesTheFirstBranchThatFits() throws IOException {
        JsonNode schema = spec.at("/components/schemas/IssueService");
        List<String> automatic = new ArrayList<>();
        validate(JSON.readTree("{\"issueKey\":\"ACME-1\",\"serviceId\":null,\"service\":null,\"services\":[]}"),
                schema, "", automatic);
        assertEquals(List.of(), automatic);
        List<String> wrong = new ArrayList<>();
        validate(JSON.readTree("{\"issueKey\":\"ACME-1\",\"serviceId\":1,\"service\":\"Design\",\"services\":[]}"),
                schema, "", wrong);
        assertEquals(1, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).startsWith("/service: fits none of anyOf"), wrong.toString());
    }

    private static void check(Operation operation, JsonNode example, List<String> problems) throws IOException {
        String label = operation.name() + " as " + example.path("user").asText() + " " + example;
        List<JsonNode> parameters = parameters(operation);
        HttpResponse<String> response = send(operation, example, parameters);
        int expected = example.path("status").asInt();
        if (response.statusCode() != expected) {
            problems.add(label + ": status " + response.statusCode() + ", expected " + expected + ": " + response.body());
            return;
        }
        JsonNode documented = resolve(operation.node().path("responses").path(String.valueOf(expected)));
        if (documented.isMissingNode()) {
            problems.add(label + ": status " + expected + " is not documented");
            return;
        }
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (response.headers().firstValue(header).isEmpty()) {
                problems.add(label + ": no " + header + " header");
            }
        });
        JsonNode content = documented.path("content");
        String body = response.body();
        if (content.isMissingNode()) {
            if (body != null && !body.isEmpty()) {
                problems.add(label + ": documented without a body, got " + body);
            }
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            problems.add(label + ": content type " + type + " is not documented (" + content.fieldNames().next() + "...)");
            return;
        }
        if (!type.equals("application/json")) {
            if (body == null || body.isEmpty()) {
                problems.add(label + ": empty " + type + " body");
            }
            return;
        }
        JsonNode json = JSON.readTree(body);
        List<String> misfits = new ArrayList<>();
        validate(json, media.path("schema"), "", misfits);
        misfits.forEach(m -> problems.add(label + ": body" + m + " in " + body));
        if (example.has("errors")) {
            Set<String> expectedFields = new TreeSet<>();
            example.path("errors").forEach(f -> expectedFields.add(f.asText()));
            Set<String> actualFields = new TreeSet<>();
            json.path("errors").fieldNames().forEachRemaining(actualFields::add);
            if (!expectedFields.equals(actualFields)) {
                problems.add(label + ": errors on " + actualFields + ", expected on " + expectedFields);
            }
        }
    }

    /** The path item's parameters and the operation's, $refs resolved. */
    private static List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.node().path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    private static HttpResponse<String> send(Operation operation, JsonNode example, List<JsonNode> parameters) {
        String path = operation.path();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    JsonNode value = example.path("path").has(name) ? example.path("path").get(name) : parameter.path("example");
                    if (value.isMissingNode()) {
                        throw new AssertionError(operation.name() + ": no value for path parameter " + name);
                    }
                    path = path.replace("{" + name + "}", URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
                }
                case "header" -> {
                    if (parameter.has("example")) {
                        headers.put(name, parameter.path("example").asText());
                    }
                }
                default -> {
                }
            }
        }
        // an example may give a header a value of its own, or null to leave a documented header out
        example.path("headers").fields().forEachRemaining(h -> {
            if (h.getValue().isNull()) {
                headers.remove(h.getKey());
            } else {
                headers.put(h.getKey(), h.getValue().asText());
            }
        });
        StringBuilder query = new StringBuilder();
        example.path("query").fields().forEachRemaining(q -> query.append(query.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(q.getValue().asText(), StandardCharsets.UTF_8)));
        HttpRequest.Builder request = TestHosts.request(host, BASE + path + query).header("Accept", accepted(operation));
        String user = example.path("user").asText();
        if (!user.equals("anonymous")) {
            request.header("Authorization", TestHosts.basic(user));
        }
        headers.forEach(request::header);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (example.has("body")) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(example.get("body").toString());
        }
        return TestHosts.send(request.method(operation.method().toUpperCase(), body));
    }

    /** The content type of the operation's success answer (application/json where it has none). */
    private static String accepted(Operation operation) {
        for (Iterator<Map.Entry<String, JsonNode>> r = operation.node().path("responses").fields(); r.hasNext(); ) {
            Map.Entry<String, JsonNode> response = r.next();
            Iterator<String> types = resolve(response.getValue()).path("content").fieldNames();
            if (response.getKey().startsWith("2") && types.hasNext()) {
                return types.next();
            }
        }
        return "application/json";
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new AssertionError("only local $refs: " + ref);
            }
            JsonNode target = spec.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new AssertionError("no " + ref + " in " + SPEC);
            }
            node = target;
        }
        return node;
    }

    /**
     * The part of JSON Schema (OpenAPI 3.0) the file uses: $ref, allOf, anyOf, nullable, type, required, properties,
     * additionalProperties, items, enum, pattern, and the formats date and date-time. Misfits go to {@code problems}
     * as "pointer: what".
     */
    static void validate(JsonNode value, JsonNode schemaOrRef, String at, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("anyOf")) {
            List<String> misfits = new ArrayList<>();
            for (JsonNode branch : schema.get("anyOf")) {
                List<String> branchMisfits = new ArrayList<>();
                validate(value, branch, at, branchMisfits);
                if (branchMisfits.isEmpty()) {
                    return;
                }
                misfits.addAll(branchMisfits);
            }
            problems.add(at + ": fits none of anyOf: " + misfits);
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + ": null");
            }
            return;
        }
        schema.path("allOf").forEach(part -> validate(value, part, at, problems));
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + ": not an object: " + value);
                    return;
                }
                schema.path("required").forEach(r -> {
                    if (!value.has(r.asText())) {
                        problems.add(at + ": no field " + r.asText());
                    }
                });
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                value.fields().forEachRemaining(f -> {
                    if (properties.has(f.getKey())) {
                        validate(f.getValue(), properties.get(f.getKey()), at + "/" + f.getKey(), problems);
                    } else if (additional.isObject()) {
                        validate(f.getValue(), additional, at + "/" + f.getKey(), problems);
                    }
                });
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + ": not an array: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), at + "/" + i, problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(at + ": not a string: " + value);
                    return;
                }
                String text = value.asText();
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    problems.add(at + ": does not match " + schema.get("pattern").asText() + ": " + text);
                }
                String format = schema.path("format").asText("");
                if (format.equals("date") && !isDate(text)) {
                    problems.add(at + ": not a date: " + text);
                }
                if (format.equals("date-time") && !isInstant(text)) {
                    problems.add(at + ": not an instant: " + text);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + ": not an integer: " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + ": not a number: " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": not a boolean: " + value);
                }
            }
            default -> {
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                problems.add(at + ": not one of " + schema.get("enum") + ": " + value.asText());
            }
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
