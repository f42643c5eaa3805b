package io.github.clientbudgets.access;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Client grants over HTTP on the dev host: the contract's demo grants, who may manage them, bad input, audit. */
class ClientGrantsOnDevHostTest {
    private static final String BASE = "/rest/client-budgets/1.0";
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static HttpResponse<String> call(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, BASE + path).header("Accept", "application/json");
        if (user != null) {
            r.header("Authorization", TestHosts.basic(user));
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void theDemoGrantsAreThoseOfTheContract() {
        HttpResponse<String> acme = call("pm", "GET", "/projects/ACME/client-grants", null);
        assertEquals(200, acme.statusCode());
        assertTrue(acme.body().contains("\"userKey\":\"client\""), acme.body());
        assertTrue(call("pm", "GET", "/projects/GLOBEX/client-grants", null).body().contains("\"userKey\":\"other\""));
    }

    @Test
    void onlyPmsManageGrants() {
        for (String user : new String[]{"dev", "dev2"}) {
            assertEquals(403, call(user, "GET", "/projects/ACME/client-grants", null).statusCode(), user);
            assertEquals(403, call(user, "POST", "/projects/ACME/client-grants", "{\"userKey\":\"dev2\"}").statusCode(), user);
        }
        for (String user : new String[]{"client", "other"}) { // unlicensed: Jira refuses team endpoints
            assertEquals(403, call(user, "GET", "/projects/ACME/client-grants", null).statusCode(), user);
        }
        assertEquals(401, call(null, "GET", "/projects/ACME/client-grants", null).statusCode());
        assertEquals(404, call("pm", "GET", "/projects/NOPE/client-grants", null).statusCode());
        assertEquals(200, call("admin", "GET", "/projects/ACME/client-grants", null).statusCode());
    }

    @Test
    void grantingIsIdempotentRevokingWorksAndBadInputIs400() {
        HttpResponse<String> first = call("pm", "POST", "/projects/GLOBEX/client-grants", "{\"userKey\":\"client\"}");
        HttpResponse<String> again = call("pm", "POST", "/projects/GLOBEX/client-grants", "{\"userKey\":\"client\"}");
        assertEquals(201, first.statusCode(), first.body());
        String id = first.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertEquals(id, again.body().replaceAll(".*\"id\":(\\d+).*", "$1"), "one grant, not two");
        assertEquals(403, call("dev", "DELETE", "/client-grants/" + id, null).statusCode());
        assertEquals(204, call("pm", "DELETE", "/client-grants/" + id, null).statusCode());
        assertEquals(404, call("pm", "DELETE", "/client-grants/" + id, null).statusCode());

        int audited = host.platform().audit().events().size();
        for (String bad : new String[]{"{}", "{\"userKey\":\"ghost\"}", "{\"userKey\":\"client\",\"organizationId\":3}",
                "{\"organizationId\":-1}", "{\"userKey\":5}", "{\"organizationId\":\"x\"}"}) {
            HttpResponse<String> r = call("pm", "POST", "/projects/ACME/client-grants", bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertTrue(r.body().contains("\"errors\""), r.body());
        }
        assertEquals(audited, host.platform().audit().events().size(), "a refused grant changes nothing");
    }

    @Test
    void pmsFindUsersAndCustomersByNameOrEmailOthersDont() {
        HttpResponse<String> byName = call("pm", "GET", "/projects/ACME/grantable-users?q=clara", null);
        assertEquals(200, byName.statusCode(), byName.body());
        assertTrue(byName.body().contains("\"key\":\"client\"") && byName.body().contains("Clara Client"), byName.body());
        HttpResponse<String> byEmail = call("pm", "GET", "/projects/ACME/grantable-users?q=client@acme.example", null);
        assertTrue(byEmail.body().contains("\"key\":\"client\""), byEmail.body());
        assertTrue(!byEmail.body().contains("\"key\":\"other\""), "only who matches: " + byEmail.body());
        HttpResponse<String> tooShort = call("pm", "GET", "/projects/ACME/grantable-users?q=c", null);
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.body().contains("\"q\""), tooShort.body());
        assertEquals(403, call("dev", "GET", "/projects/ACME/grantable-users?q=clara", null).statusCode());
        assertEquals(403, call("client", "GET", "/projects/ACME/grantable-users?q=clara", null).statusCode());
        assertEquals(401, call(null, "GET", "/projects/ACME/grantable-users?q=clara", null).statusCode());
    }
}
