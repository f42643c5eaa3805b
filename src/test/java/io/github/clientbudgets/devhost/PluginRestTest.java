package io.github.clientbudgets.devhost;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.github.clientbudgets.devhost.TestHosts.basic;
import static io.github.clientbudgets.devhost.TestHosts.get;
import static io.github.clientbudgets.devhost.TestHosts.request;
import static io.github.clientbudgets.devhost.TestHosts.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plugin {@code <rest>} module: mounted at /rest/path/version, its classes built by Jersey from the plugin's beans,
 * access rules (limited unlicensed access off) and XSRF as Platform 7.
 */
class PluginRestTest {
    private static final String BASE = "/rest/devhost-test/1.0/things";
    private static DevHost host;

    @BeforeAll
    static void start() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/rest-plugin.xml";
        host = DevHost.start(options);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void anUnannotatedResourceServesLicensedUsersOnly() {
        assertEquals(401, get(host, BASE, null).statusCode());
        assertEquals(403, get(host, BASE, "client").statusCode());
        HttpResponse<String> dev = get(host, BASE, "dev");
        assertEquals(200, dev.statusCode());
        assertTrue(dev.body().contains("\"user\":\"dev\"") && dev.body().contains("\"label\":\"Budgets\""),
                "built with the plugin's beans and SAL: " + dev.body());
    }

    @Test
    void jerseyBuildsResourcesPerRequestFromThePluginsBeansOnly() {
        String first = get(host, BASE, "dev").body();
        String second = get(host, BASE, "dev").body();
        assertTrue(first.contains("\"instance\":") && !first.equals(second), "a new resource per request: " + first + " / " + second);
        // Spring could autowire this constructor; Jersey cannot use a constructor without @Inject
        assertEquals(500, get(host, "/rest/devhost-test/1.0/no-inject", "dev").statusCode());
        // the host has ApplicationRoleManager, but the plugin's Spring XML does not import it: Jira has none to give
        assertEquals(500, get(host, "/rest/devhost-test/1.0/unsupplied", "dev").statusCode());
    }

    @Test
    void anExceptionMapperWithAnInjectConstructorMapsDomainErrors() {
        HttpResponse<String> mapped = get(host, BASE + "/domain-error", "dev");
        assertEquals(409, mapped.statusCode(), mapped.body());
        assertTrue(mapped.body().contains("refused by the domain") && mapped.body().contains("Budgets"), mapped.body());
    }

    @Test
    void anExceptionMapperJerseyCannotBuildStopsTheStart() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/rest-mapper-plugin.xml";
        PluginDescriptor.DescriptorException e = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> DevHost.start(options).close());
        assertTrue(e.getMessage().contains("<rest key=\"mapper-rest\">")
                && e.getMessage().contains("NoInjectErrorMapper"), e.getMessage());
    }

    @Test
    void accessAnnotationsDecide() {
        assertEquals(200, get(host, BASE + "/unlicensed", "dev").statusCode());
        assertEquals(401, get(host, BASE + "/unlicensed", null).statusCode());
        assertEquals(200, get(host, BASE + "/anyone", null).statusCode());
        assertEquals(401, get(host, BASE + "/anonymous-site", null).statusCode(), "anonymous access is off");
        assertEquals(200, get(host, BASE + "/anonymous-site", "dev").statusCode());
        assertEquals(200, get(host, BASE + "/licensed-only", "dev").statusCode());
        assertEquals(403, get(host, BASE + "/admin", "pm").statusCode());
        assertEquals(200, get(host, BASE + "/admin", "admin").statusCode());
        assertEquals(403, get(host, BASE + "/both", "pm").statusCode(), "@UnrestrictedAccess with @AdminOnly: admins only");
        assertEquals(200, get(host, BASE + "/both", "admin").statusCode());
    }

    @Test
    void anUnlicensedCustomerGetsInOnlyThroughUnrestrictedAccess() {
        // limited unlicensed access is off, as in a default Jira: only @UnrestrictedAccess (and the app's check) admits him
        for (String path : new String[]{"", "/unlicensed", "/anonymous-site", "/licensed-only", "/admin", "/both"}) {
            assertEquals(403, get(host, BASE + path, "client").statusCode(), path);
        }
        HttpResponse<String> anyone = get(host, BASE + "/anyone", "client");
        assertEquals(200, anyone.statusCode());
        assertTrue(anyone.body().contains("\"user\":\"client\""), anyone.body());
    }

    @Test
    void xsrfChecksPostsUnlessExcluded() {
        HttpResponse<String> json = send(request(host, BASE).header("Authorization", basic("dev"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        assertEquals(200, json.statusCode(), json.body());
        HttpResponse<String> form = send(request(host, BASE).header("Authorization", basic("dev"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=x")));
        assertEquals(403, form.statusCode());
        HttpResponse<String> excluded = send(request(host, BASE + "/form").header("Authorization", basic("dev"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=y")));
        assertEquals(200, excluded.statusCode(), excluded.body());
        assertTrue(excluded.body().contains("\"created\":\"y\""));
    }
}
