package io.github.clientbudgets.devhost.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jira's user picker REST on the dev host ({@code GET /rest/api/2/user/picker}), as Jira answers it: who may call it,
 * whom Browse users lets one find (and the exact user name only without it), the shape, limits, exclusions, and
 * the {@code html} field escaped before the query is marked.
 */
class UserPickerOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        host.store().createUser("eve", "<img src=x onerror=alert(1)> Eve \"Q\" & Co", "eve@evil.example", "eve", "jira-software");
        host.store().createUser("gone", "Gone Developer", "gone@example.com", "gone", "jira-software");
        host.store().db().update("UPDATE cwd_user SET active = FALSE WHERE user_key = 'gone'");
        host.store().createUser("nobrowse", "Nora Nobrowse", "nora@example.com", "nobrowse", "jira-software");
        // as a Jira whose Browse users is not held by this user (the demo step granted it to every licensed user)
        host.store().db().update("DELETE FROM globalpermissionentry WHERE user_key = 'nobrowse' AND permission = 'USER_PICKER'");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static HttpResponse<String> picker(String user, String query) {
        return TestHosts.get(host, "/rest/api/2/user/picker" + query, user);
    }

    private static JsonNode json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private static List<String> keys(JsonNode found) {
        List<String> keys = new ArrayList<>();
        found.get("users").forEach(u -> keys.add(u.get("key").asText()));
        return keys;
    }

    private static String q(String text) {
        return "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void findsActiveUsersByUserNameEmailOrAWordOfTheDisplayNameSortedByName() {
        JsonNode dev = json(picker("pm", q("DEV")));
        assertEquals(List.of("dev", "dev2"), keys(dev), "Dave and Diana Developer; the inactive Gone Developer not: " + dev);
        assertEquals(2, dev.get("total").asInt());
        assertEquals("Showing 2 of 2 matching users", dev.get("header").asText());
        JsonNode dave = dev.get("users").get(0);
        assertEquals("dev", dave.get("name").asText());
        assertEquals("Dave Developer", dave.get("displayName").asText());
        assertEquals("Dave <strong>Dev</strong>eloper - <strong>dev</strong>@example.com (<strong>dev</strong>)",
                dave.get("html").asText());
        assertFalse(dave.has("avatarUrl"), "only with showAvatar");
        assertEquals(List.of("client"), keys(json(picker("pm", q("client@acme")))), "by e-mail; customers are users too");
        assertEquals(List.of("pm"), keys(json(picker("pm", q("manag")))), "a later word of the display name");
        assertEquals(List.of(), keys(json(picker("pm", q("anager")))), "words match from their start only");
        assertEquals(List.of(), keys(json(picker("pm", q("  ")))), "a blank query finds nobody");
    }

    @Test
    void maxResultsExcludeAndAvatars() {
        JsonNode one = json(picker("pm", q("dev") + "&maxResults=1"));
        assertEquals(List.of("dev"), keys(one));
        assertEquals(2, one.get("total").asInt());
        assertEquals("Showing 1 of 2 matching users", one.get("header").asText());
        JsonNode excluded = json(picker("pm", q("dev") + "&exclude=dev"));
        assertEquals(List.of("dev2"), keys(excluded));
        assertEquals(2, excluded.get("total").asInt(), "Jira counts the excluded in the total");
        JsonNode avatar = json(picker("pm", q("dev2") + "&showAvatar=true"));
        assertTrue(avatar.get("users").get(0).get("avatarUrl").asText().endsWith("/secure/useravatar?size=small&ownerId=dev2"),
                avatar.toString());
    }

    @Test
    void htmlIsEscapedBeforeTheQueryIsMarked() {
        JsonNode eve = json(picker("pm", q("eve")));
        String html = eve.get("users").get(0).get("html").asText();
        assertEquals("&lt;img src=x onerror=alert(1)&gt; <strong>Eve</strong> &quot;Q&quot; &amp; Co"
                + " - <strong>eve</strong>@evil.example (<strong>eve</strong>)", html);
        assertEquals("<img src=x onerror=alert(1)> Eve \"Q\" & Co", eve.get("users").get(0).get("displayName").asText(),
                "displayName is data: the page escapes it");
        String injected = json(picker("pm", q("<img"))).get("users").get(0).get("html").asText();
        assertFalse(injected.contains("<img"), "the query is never inserted as markup: " + injected);
    }

    @Test
    void withoutBrowseUsersOnlyTheExactUserName() {
        assertEquals(List.of(), keys(json(picker("nobrowse", q("de")))), "no prefix search without Browse users");
        JsonNode exact = json(picker("nobrowse", q("DEV")));
        assertEquals(List.of("dev"), keys(exact), "the user named so, ignoring case");
        assertEquals(1, exact.get("total").asInt());
        assertEquals(List.of(), keys(json(picker("nobrowse", q("Dave Developer")))));
    }

    @Test
    void licensedUsersOnlyAndAQueryIsRequired() {
        HttpResponse<String> anonymous = picker(null, q("dev"));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(403, picker("client", q("dev")).statusCode(), "a portal-only customer (unlicensed)");
        HttpResponse<String> noQuery = picker("pm", "");
        assertEquals(404, noQuery.statusCode(), noQuery.body());
        assertTrue(noQuery.body().contains("errorMessages"), noQuery.body());
        HttpResponse<String> ok = picker("dev", q("pm"));
        assertEquals("no-cache, no-store, no-transform", ok.headers().firstValue("Cache-Control").orElse(null));
        assertNull(json(ok).get("users").get(0).get("avatarUrl"));
    }
}
