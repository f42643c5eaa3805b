package io.github.clientbudgets.access;

import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.jsm.HostJsm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grant form's organization search over HTTP on the dev host: who may ask (the project's PMs), what JSM's
 * organizations of the project's service desk it finds by name, the cap, paging through JSM, and a Jira without JSM.
 */
class OrganizationPickerOnDevHostTest {
    private static final String PATH = "/rest/client-budgets/1.0/organizations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        HostJsm jsm = (HostJsm) host.components().get(OrganizationService.class);
        // more organizations than one page of JSM's (50): the search must read on
        for (int i = 1; i <= 120; i++) {
            jsm.addOrganization(1000 + i, String.format("Reseller %03d", i), 1);
        }
        jsm.addOrganization(2000, "Zenith Resale (last page)", 1);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static HttpResponse<String> search(DevHost on, String user, String projectKey, String query) {
        String path = PATH + "?projectKey=" + projectKey + (query == null ? "" : "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return TestHosts.get(on, path, user);
    }

    private static JsonNode json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private static List<String> names(JsonNode found) {
        List<String> names = new ArrayList<>();
        found.get("organizations").forEach(o -> names.add(o.get("name").asText()));
        return names;
    }

    @Test
    void aPmFindsTheServiceDesksOrganizationsByPartOfTheirNameIgnoringCase() {
        JsonNode acme = json(search(host, "pm", "ACME", "aCmE"));
        assertTrue(acme.get("jsmInstalled").asBoolean() && acme.get("serviceDesk").asBoolean(), acme.toString());
        assertEquals(List.of("Acme Corp", "Acme Logistics", "Acme Marketing & Sales"), names(acme),
                "Globex Partners is on no service desk of ACME: " + acme);
        assertFalse(acme.get("more").asBoolean());
        JsonNode marketing = json(search(host, "pm", "ACME", "KETING &"));
        assertEquals(1, marketing.get("organizations").size(), marketing.toString());
        assertEquals(2, marketing.get("organizations").get(0).get("id").asInt());
        assertEquals("Acme Marketing & Sales", marketing.get("organizations").get(0).get("name").asText(),
                "names are data in JSON; the page shows them as text");
        assertEquals(0, json(search(host, "pm", "ACME", "globex")).get("organizations").size());
        assertEquals(200, search(host, "admin", "ACME", "acme").statusCode(), "a Jira admin is a PM everywhere");
    }

    @Test
    void theSearchReadsEveryPageOfJsmAndAnswersAtMostTwenty() {
        JsonNode resellers = json(search(host, "pm", "ACME", "reseller"));
        assertEquals(20, resellers.get("organizations").size());
        assertTrue(resellers.get("more").asBoolean(), "more than 20 match");
        JsonNode last = json(search(host, "pm", "ACME", "zenith"));
        assertEquals(List.of("Zenith Resale (last page)"), names(last), "found on JSM's third page");
        assertFalse(last.get("more").asBoolean());
        JsonNode all = json(search(host, "pm", "ACME", null));
        assertEquals(20, all.get("organizations").size(), "no query: the first twenty");
        assertEquals("Acme Corp", all.get("organizations").get(0).get("name").asText());
    }

    @Test
    void onlyTheProjectsPmsMaySearchChecksComeFirst() {
        assertEquals(403, search(host, "dev", "ACME", "acme").statusCode(), "a team member, no PM");
        assertEquals(403, search(host, "client", "ACME", "acme").statusCode(), "unlicensed: Jira refuses team endpoints");
        assertEquals(401, search(host, null, "ACME", "acme").statusCode());
        assertEquals(404, search(host, "pm", "NOPE", "acme").statusCode());
        assertEquals(404, TestHosts.get(host, PATH + "?query=acme", "pm").statusCode(), "no project: none found");
        HttpResponse<String> control = search(host, "pm", "ACME", "a\u0007b");
        assertEquals(400, control.statusCode(), control.body());
        assertTrue(control.body().contains("\"query\""), control.body());
        assertEquals(400, search(host, "pm", "ACME", "x".repeat(256)).statusCode());
    }

    @Test
    void aProjectThatIsNoServiceDeskHasNoOrganizations() {
        JsonNode globex = json(search(host, "pm", "GLOBEX", "globex"));
        assertTrue(globex.get("jsmInstalled").asBoolean());
        assertFalse(globex.get("serviceDesk").asBoolean());
        assertEquals(0, globex.get("organizations").size());
    }

    @Test
    void withoutJsmTheAnswerSaysSo() {
        DevHostOptions options = TestHosts.options();
        options.jsm = false;
        try (DevHost plain = DevHost.start(options)) {
            JsonNode none = json(search(plain, "pm", "ACME", "acme"));
            assertFalse(none.get("jsmInstalled").asBoolean(), none.toString());
            assertEquals(0, none.get("organizations").size());
            assertEquals(403, search(plain, "dev", "ACME", "acme").statusCode(), "the caller is still asked first");
        }
    }
}
