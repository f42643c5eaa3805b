package io.github.clientbudgets.web;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.web.page.PageContexts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The descriptor's web resources as the pages need them, and templates that leave resources to Jira: no template
 * (nor the Java that feeds them) builds a {@code /download/resources} URL or names the plugin key.
 */
class WebResourcesDeclaredTest {
    private static final String KEY = "io.github.clientbudgets.client-budgets-jira";
    private final PluginDescriptor descriptor = PluginDescriptor.fromClasspath(getClass().getClassLoader());

    private List<String> pageContexts() throws IllegalAccessException {
        List<String> contexts = new ArrayList<>();
        for (var field : PageContexts.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                contexts.add((String) field.get(null));
            }
        }
        return contexts;
    }

    @Test
    void everyPageContextIsOneWebResourceThatBuildsOnCore() throws Exception {
        List<String> contexts = pageContexts();
        assertEquals(6, contexts.size(), "project budgets, budget, approvals, my time, admin, portal");
        for (String context : contexts) {
            var modules = descriptor.modules("web-resource").stream()
                    .filter(m -> m.childTexts("context").contains(context)).toList();
            assertEquals(1, modules.size(), "one web-resource declares " + context);
            assertTrue(modules.get(0).childTexts("dependency").contains(KEY + ":core"), context + " depends on core");
            assertTrue(context.startsWith("clientbudgets.page."), context);
        }
        var core = descriptor.module("core");
        assertEquals(List.of("com.atlassian.auiplugin:ajs"), core.childTexts("dependency"),
                "the markup uses AUI's classes: AUI as Jira declares it");
        assertTrue(core.childTexts("context").isEmpty(), "core comes only as a dependency");
    }

    @Test
    void noTemplateLinksResourcesOrNamesThePluginKey() throws Exception {
        List<String> offending = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"));
             Stream<Path> java = Files.walk(Path.of("src/main/java/io/github/clientbudgets/web"))) {
            templates.filter(p -> p.toString().endsWith(".vm")).forEach(files::add);
            java.filter(p -> p.toString().endsWith("Page.java") || p.toString().endsWith("View.java")).forEach(files::add);
        }
        assertTrue(files.size() > 20, "the scan found only " + files);
        for (Path file : files) {
            String text = Files.readString(file);
            if (text.contains("/download/resources") || text.contains(KEY) || text.contains("<script src")
                    || text.contains("rel=\"stylesheet\"") || text.contains("webResourceManager")) {
                offending.add(file.toString());
            }
        }
        assertEquals(List.of(), offending, "resources come from the page's web-resource context, not from links");
    }

    @Test
    void theAllowlistNoLongerListsResourceUrls() {
        var methods = descriptor.modules("velocity-allowlist").get(0).childTexts("method");
        assertFalse(methods.stream().anyMatch(m -> m.contains("ResourcesUrl")), methods.toString());
    }
}
