package io.github.clientbudgets.devhost.auth;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How scripts authenticate, on whichever line this host runs (the Jira 11 line runs this test transformed): personal
 * access tokens on both; HTTP Basic as Jira's "Allow basic authentication on API calls" says, on by default on Jira 10,
 * off on Jira 11; the browser's form login on both.
 */
class TokensAndBasicAuthOnDevHostTest {
    static DevHost host;
    static DevHost switched;
    static final boolean BASIC_BY_DEFAULT = DevHostOptions.JiraLine.current() == DevHostOptions.JiraLine.JIRA_10;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        DevHostOptions options = TestHosts.options();
        options.basicAuth = !BASIC_BY_DEFAULT;
        switched = DevHost.start(options);
    }

    @AfterAll
    static void stop() {
        host.close();
        switched.close();
    }

    private static HttpResponse<String> myself(DevHost on, String authorization) {
        return TestHosts.send(TestHosts.request(on, "/rest/api/2/myself").header("Authorization", authorization).GET());
    }

    @Test
    void a_personal_access_token_authenticates_its_user() {
        HttpResponse<String> r = myself(host, PersonalAccessTokens.bearer("dev"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"name\":\"dev\""), r.body());
        assertEquals(200, myself(switched, PersonalAccessTokens.bearer("pm")).statusCode());
    }

    @Test
    void a_wrong_token_is_401_and_one_user_token_is_not_anothers() {
        assertEquals(401, myself(host, "Bearer " + PersonalAccessTokens.tokenOf("dev") + "x").statusCode());
        assertEquals(401, myself(host, "Bearer ").statusCode());
        assertTrue(myself(host, PersonalAccessTokens.bearer("client")).body().contains("\"name\":\"client\""));
    }

    @Test
    void basic_auth_follows_the_lines_default_and_the_switch() {
        HttpResponse<String> byDefault = myself(host, TestHosts.basic("dev"));
        HttpResponse<String> afterSwitch = myself(switched, TestHosts.basic("dev"));
        HttpResponse<String> on = BASIC_BY_DEFAULT ? byDefault : afterSwitch;
        HttpResponse<String> off = BASIC_BY_DEFAULT ? afterSwitch : byDefault;
        assertEquals(200, on.statusCode(), on.body());
        assertEquals(403, off.statusCode(), off.body());
        assertEquals("{\"message\":\"Basic Authentication has been disabled on this instance.\"}", off.body());
        // refused as such even with wrong credentials: nothing is learnt about passwords
        assertEquals(403, myself(BASIC_BY_DEFAULT ? switched : host, "Basic " + java.util.Base64.getEncoder()
                .encodeToString("dev:wrong".getBytes())).statusCode());
        assertEquals(401, myself(BASIC_BY_DEFAULT ? host : switched, "Basic " + java.util.Base64.getEncoder()
                .encodeToString("dev:wrong".getBytes())).statusCode());
    }

    @Test
    void the_browsers_form_login_works_with_basic_auth_off() {
        DevHost basicOff = BASIC_BY_DEFAULT ? switched : host;
        String cookie = TestHosts.login(basicOff, "pm");
        HttpResponse<String> r = TestHosts.getWithSession(basicOff, "/rest/api/2/myself", cookie);
        assertEquals(200, r.statusCode(), r.body());
    }
}
