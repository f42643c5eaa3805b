package io.github.clientbudgets.devhost;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.i18n.I18nText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin is loaded as Jira loads it, and a descriptor mistake stops the host with a message naming the module. */
class PluginLoadingTest {

    @Test
    void aMissingServletClassFailsTheStartNamingTheModule() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/missing-class-plugin.xml";
        PluginDescriptor.DescriptorException e = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> DevHost.start(options).close());
        assertTrue(e.getMessage().contains("<servlet key=\"broken-servlet\">"), e.getMessage());
        assertTrue(e.getMessage().contains("io.github.clientbudgets.NoSuchServlet does not exist"), e.getMessage());
    }

    @Test
    void aMissingTemplateFailsTheStartNamingTheModule() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/missing-template-plugin.xml";
        PluginDescriptor.DescriptorException e = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> DevHost.start(options).close());
        assertTrue(e.getMessage().contains("<web-panel key=\"broken-panel\">"), e.getMessage());
        assertTrue(e.getMessage().contains("templates/no-such-template.vm"), e.getMessage());
    }

    @Test
    void anOsgiReferenceToAServiceTheHostDoesNotExportFailsTheStart() {
        DevHostOptions options = TestHosts.options();
        options.springConfig = "classpath*:devhost-test/spring/unknown-service.xml";
        PluginDescriptor.DescriptorException e = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> DevHost.start(options).close());
        assertTrue(e.getMessage().contains("<osgi:reference id=\"runner\" interface=\"java.lang.Runnable\">"), e.getMessage());
        assertTrue(e.getMessage().contains("exports no service java.lang.Runnable"), e.getMessage());
    }

    @Test
    void theOldSpringDmNamespaceIsReadToo() {
        ClassLoader loader = getClass().getClassLoader();
        HostComponents components = new HostComponents();
        I18nResolver i18n = new io.github.clientbudgets.devhost.web.HostI18nResolver(PluginDescriptor.fromClasspath(loader), loader);
        components.register(I18nResolver.class, i18n);
        try (LoadedPlugin plugin = LoadedPlugin.start(PluginDescriptor.fromClasspath(loader), loader, components,
                "classpath*:devhost-test/spring/old-namespace.xml")) {
            I18nText text = plugin.springContext().getBean(I18nText.class);
            assertEquals("Budgets", text.get("client-budgets.sidebar.label"));
        }
    }

    @Test
    void aWebPanelRendersInTheProjectCentricViewWithItsContextProvider() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/panel-plugin.xml";
        DevHost host = DevHost.start(options);
        try {
            var page = TestHosts.getWithSession(host, "/projects/GLOBEX?selectedItem=devhost-test:panel",
                    TestHosts.login(host, "dev"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1 id=\"panel-title\">Hello &lt;b&gt; GLOBEX</h1>"), page.body());
            assertTrue(page.body().contains("class=\"aui-nav-selected\"><a id=\"panel-item-link\""), page.body());
        } finally {
            host.close();
        }
    }

    @Test
    void aDecoratedPluginPageGetsItsWebResourcesAndTheProjectSidebar() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/page-plugin.xml";
        DevHost host = DevHost.start(options);
        try {
            var page = TestHosts.getWithSession(host, "/plugins/servlet/devhost-test/ACME", TestHosts.login(host, "pm"));
            assertEquals(200, page.statusCode());
            String html = page.body();
            String base = "/jira/download/resources/io.github.clientbudgets.devhost-test:";
            int head = html.indexOf("</head>");
            int js = html.indexOf("<script src=\"" + base + "base-resources/base.js\" data-wrm-key=\"io.github.clientbudgets.devhost-test:base-resources\"></script>");
            int css = html.indexOf("<link rel=\"stylesheet\" href=\"" + base + "test-resources/test.css\" data-wrm-key=");
            assertTrue(js > 0 && css > js && css < head, "required resources in the head, dependencies first: " + html);
            assertTrue(html.contains("<h1 id=\"test-page\">Test page /ACME</h1>"), html);
            assertTrue(!html.contains("requireResource"), "a void call renders nothing: " + html);
            assertTrue(html.contains("class=\"aui-nav-selected\"><a id=\"test-page-link\""), "project sidebar: " + html);
            assertEquals(200, TestHosts.get(host, "/download/resources/io.github.clientbudgets.devhost-test:base-resources/base.js", null).statusCode());
            assertTrue(!html.contains("globex-only-link") && !html.contains("admins-only-link"), "conditions hide items: " + html);
            String globex = TestHosts.getWithSession(host, "/projects/GLOBEX", TestHosts.login(host, "admin")).body();
            assertTrue(globex.contains("id=\"globex-only-link\"") && globex.contains("id=\"admins-only-link\""),
                    "an autowired plugin condition and Jira's UserIsAdminCondition: " + globex);
        } finally {
            host.close();
        }
    }

    @Test
    void servletAccessFollowsPlatform7() {
        DevHostOptions options = TestHosts.options();
        options.descriptorResource = "devhost-test/page-plugin.xml";
        DevHost host = DevHost.start(options);
        try {
            String plain = "/plugins/servlet/devhost-plain/a/b";
            assertEquals(302, TestHosts.get(host, plain, null).statusCode(), "anonymous: to the login page");
            assertEquals(403, TestHosts.getWithSession(host, plain, TestHosts.login(host, "client")).statusCode(),
                    "unannotated = licensed only");
            var dev = TestHosts.getWithSession(host, plain, TestHosts.login(host, "dev"));
            assertEquals(200, dev.statusCode());
            assertEquals("plain /plugins/servlet/devhost-plain /a/b", dev.body(), "servlet path and path info as Jira's");
            assertEquals(200, TestHosts.get(host, "/plugins/servlet/devhost-test/x", null).statusCode(),
                    "@UnrestrictedAccess admits everyone");
        } finally {
            host.close();
        }
    }

    @Test
    void i18nBundlesAreUtf8AndMessageFormatted() {
        String xml = "<atlassian-plugin key=\"k\" name=\"n\"><plugin-info><version>1</version></plugin-info>"
                + "<resource type=\"i18n\" name=\"i18n\" location=\"devhost-test.i18n-test\"/></atlassian-plugin>";
        var i18n = new io.github.clientbudgets.devhost.web.HostI18nResolver(PluginDescriptor.parse(
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))), getClass().getClassLoader());
        assertEquals("Übersicht – 3 Budgets, it's fine", i18n.getText("test.overview", 3));
        assertEquals("test.unknown", i18n.getText("test.unknown"));
    }

    @Test
    void i18nAnswersInTheLanguageOfTheCurrentUserKeyByKeyWithTheBaseAsFallback() {
        String xml = "<atlassian-plugin key=\"k\" name=\"n\"><plugin-info><version>1</version></plugin-info>"
                + "<resource type=\"i18n\" name=\"i18n\" location=\"devhost-test.i18n-test\"/></atlassian-plugin>";
        java.util.concurrent.atomic.AtomicReference<java.util.Locale> locale =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Locale.ENGLISH);
        var i18n = new io.github.clientbudgets.devhost.web.HostI18nResolver(PluginDescriptor.parse(
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                getClass().getClassLoader(), locale::get);
        assertEquals("Übersicht – 3 Budgets, it's fine", i18n.getText("test.overview", 3));
        assertEquals("1,234.5", i18n.getText("test.number", 1234.5));
        locale.set(java.util.Locale.GERMANY); // de_DE: i18n-test_de_DE is not there, i18n-test_de is
        assertEquals("Überblick: 3 Budgets, alles gut", i18n.getText("test.overview", 3));
        assertEquals("1.234,5", i18n.getText("test.number", 1234.5), "a key only in the base, formatted in German");
        assertEquals("test.unknown", i18n.getText("test.unknown"));
        locale.set(java.util.Locale.FRENCH); // no French bundle: the base
        assertEquals("Übersicht – 3 Budgets, it's fine", i18n.getText("test.overview", 3));
    }

    @Test
    void thePluginsOwnContextAndServletsComeUp() {
        DevHost host = TestHosts.start();
        try {
            LoadedPlugin plugin = host.plugin();
            assertNotNull(plugin.springContext().getBean("healthCheck"));
            assertTrue(plugin.servlets().stream().anyMatch(s -> s.key().equals("admin-servlet")),
                    "the plugin's admin servlet is mounted");
            assertEquals("The app's tables answer. Budgets: 3.",
                    host.components().get(I18nResolver.class).getText("client-budgets.admin.health.ok", 3));
        } finally {
            host.close();
        }
    }
}
