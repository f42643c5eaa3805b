package io.github.clientbudgets.devhost;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.plugin.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What makes this the Jira 11 host: jakarta Servlet 6 on Jetty 12, the plugin from the jira11 jar and nothing else,
 * UPM 8's signature check when a trust store is configured.
 */
class Jira11HostTest {
    private static final Path JAR = Path.of(System.getProperty("devhost.plugin-jar")).toAbsolutePath().normalize();

    @Test
    void the_host_is_jakarta_on_jetty_12() throws Exception {
        assertEquals(DevHostOptions.JiraLine.JIRA_11, DevHostOptions.JiraLine.current());
        assertTrue(jakarta.servlet.Servlet.class.isAssignableFrom(Class.forName("org.glassfish.jersey.servlet.ServletContainer")));
        assertEquals("org.eclipse.jetty.ee10.servlet", Class.forName("org.eclipse.jetty.ee10.servlet.ServletContextHandler")
                .getPackageName());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javax.servlet.http.HttpServlet"));
    }

    @Test
    void the_plugin_is_loaded_from_the_jira11_jar() throws Exception {
        try (DevHost host = TestHosts.start()) {
            ClassLoader loader = host.plugin().classLoader();
            assertEquals("jar:" + JAR.toUri().toURL() + "!/atlassian-plugin.xml",
                    loader.getResource("atlassian-plugin.xml").toString());
            for (PluginDescriptor.Module servlet : host.plugin().descriptor().modules("servlet")) {
                Class<?> type = Class.forName(servlet.attribute("class"), false, loader);
                assertEquals(JAR.toUri().toURL(), type.getProtectionDomain().getCodeSource().getLocation());
                assertTrue(jakarta.servlet.http.HttpServlet.class.isAssignableFrom(type), type + " is no jakarta servlet");
            }
        }
    }

    @Test
    void the_host_refuses_to_start_without_the_jar() {
        DevHostOptions options = TestHosts.options();
        options.pluginJar = null;
        var e = assertThrows(PluginDescriptor.DescriptorException.class, () -> DevHost.start(options));
        assertTrue(e.getMessage().contains("loads the plugin from its jar"), e.getMessage());
    }

    @Test
    void with_a_trust_store_a_signed_jar_starts_and_an_unsigned_one_is_refused(@TempDir Path dir) throws Exception {
        SigningKeys vendor = SigningKeys.create(dir, "vendor");
        Path truststore = dir.resolve("upmconfig/truststore");
        vendor.trustIn(truststore, "vendor");

        DevHostOptions unsigned = TestHosts.options();
        unsigned.truststore = truststore;
        unsigned.pluginSignature = dir.resolve("none.sig");
        var e = assertThrows(PluginDescriptor.DescriptorException.class, () -> DevHost.start(unsigned));
        assertTrue(e.getMessage().contains("UPM would refuse " + JAR.getFileName() + ": it is not signed"), e.getMessage());

        DevHostOptions strangerSigned = TestHosts.options();
        strangerSigned.truststore = truststore;
        strangerSigned.pluginSignature = Files.writeString(dir.resolve("stranger.sig"),
                SigningKeys.create(dir, "stranger").sign(JAR));
        assertThrows(PluginDescriptor.DescriptorException.class, () -> DevHost.start(strangerSigned));

        DevHostOptions signed = TestHosts.options();
        signed.truststore = truststore;
        signed.pluginSignature = Files.writeString(dir.resolve("app.sig"), vendor.sign(JAR));
        try (DevHost host = DevHost.start(signed)) {
            assertEquals(200, TestHosts.get(host, "/rest/api/2/myself", "dev").statusCode());
        }
    }
}
