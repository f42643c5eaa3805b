package io.github.clientbudgets.devhost;

import com.atlassian.templaterenderer.RenderingException;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.web.HostTemplateRenderer;
import io.github.clientbudgets.devhost.web.VelocityAllowlist;
import io.github.clientbudgets.devhost.web.WebResources;
import io.github.clientbudgets.testing.VelocityView;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host's TemplateRenderer escapes HTML by default and enforces the Velocity method allowlist, as Jira 10 does. */
class VelocityRenderingTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.fromClasspath(loader);
    private final HostTemplateRenderer renderer = new HostTemplateRenderer(loader,
            new VelocityAllowlist(Set.of("io.github.clientbudgets.testing.VelocityView#getTitle()")),
            new WebResources(descriptor, loader, Path.of("no-aui")));

    private String render(String template, Map<String, Object> context) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }

    @Test
    void escapesReferencesButNotHtmlOnesBodyOrHead() throws Exception {
        String html = render("devhost-test/escape.vm", Map.of("name", "<script>alert(1)</script>",
                "nameHtml", "<em>trusted</em>", "body", "<section>page</section>", "view", new VelocityView()));
        assertTrue(html.contains("<p id=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
        assertTrue(html.contains("<p id=\"html\"><em>trusted</em></p>"), html);
        assertTrue(html.contains("<div id=\"body\"><section>page</section></div>"), html);
        assertTrue(html.contains("<p id=\"view\">&lt;b&gt;listed&lt;/b&gt;</p>"), "an allowlisted getter runs, escaped: " + html);
    }

    @Test
    void anUnlistedMethodFailsTheRendering() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> render("devhost-test/unlisted.vm", Map.of("view", new VelocityView())));
        assertTrue(e.getMessage().contains("io.github.clientbudgets.testing.VelocityView#secret()"), e.getMessage());
    }

    @Test
    void getClassIsNeverAllowed() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderer.renderFragment("$view.getClass().getName()", Map.of("view", new VelocityView())));
        assertTrue(e.getMessage().contains("getClass"), e.getMessage());
    }

    @Test
    void javaUtilIsNotOpenOnlyTheGlobalListsBasics() throws Exception {
        java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of("a", "b"));
        Map<String, Object> context = Map.of("list", list, "map", Map.of("k", "v"), "s", "text");
        assertEquals("2 a v 4", renderer.renderFragment("$list.size() $list.get(0) $map.k $s.length()", context),
                "the documented global list: Collection#size(), List#get(int), Map#get(Object), String#length()");
        for (String unlisted : java.util.List.of("$list.subList(0, 1)", "$map.entrySet()", "$list.iterator()",
                "$s.getBytes()", "$list.getClass()")) {
            RenderingException e = assertThrows(RenderingException.class,
                    () -> renderer.renderFragment(unlisted, context), unlisted + " is on no allowlist");
            assertTrue(e.getMessage().contains("is not allowlisted") || e.getMessage().contains("getClass"),
                    unlisted + ": " + e.getMessage());
        }
        assertEquals("v", renderer.renderFragment("$map.get(\"k\")", context));
    }

    @Test
    void aPluginMethodCountsOnlyWhereListedNotForItsWholeClass() {
        RenderingException e = assertThrows(RenderingException.class, () -> renderer.renderFragment(
                "$view.title $view.toString()", Map.of("view", new VelocityView())));
        assertTrue(e.getMessage().contains("java.lang.Object#toString()"), e.getMessage());
    }

    @Test
    void aPluginMayNotAllowlistJdkOrPlatformClasses() {
        String xml = "<atlassian-plugin key=\"p\" name=\"p\" plugins-version=\"2\"><plugin-info><version>1</version></plugin-info><velocity-allowlist key=\"v\">"
                + "<method>io.github.clientbudgets.i18n.I18nText#get(java.lang.String)</method>"
                + "<method>java.util.List#subList(int,int)</method></velocity-allowlist></atlassian-plugin>";
        PluginDescriptor bad = PluginDescriptor.parse(new java.io.ByteArrayInputStream(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        PluginDescriptor.DescriptorException e = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> VelocityAllowlist.of(bad));
        assertTrue(e.getMessage().contains("java.util.List#subList(int,int)"), e.getMessage());
    }

    @Test
    void thePluginsAllowlistComesFromItsDescriptor() throws Exception {
        VelocityAllowlist allowlist = VelocityAllowlist.of(descriptor);
        assertTrue(allowlist.allows(io.github.clientbudgets.i18n.I18nText.class,
                io.github.clientbudgets.i18n.I18nText.class.getMethod("get", String.class)));
        assertEquals(false, allowlist.allows(io.github.clientbudgets.i18n.I18nText.class,
                io.github.clientbudgets.i18n.I18nText.class.getMethod("format", String.class, java.io.Serializable[].class)));
    }
}
