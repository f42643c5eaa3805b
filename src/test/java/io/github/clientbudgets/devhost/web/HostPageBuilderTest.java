package io.github.clientbudgets.devhost.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev host's PageBuilderService on the plugin's own descriptor: contexts resolve to the modules that declare
 * them, each module comes after its dependencies and once however often it is needed, and what one request
 * required is gone for the next.
 */
class HostPageBuilderTest {
    private static final String KEY = "io.github.clientbudgets.client-budgets-jira";
    private final ClassLoader loader = getClass().getClassLoader();
    private final WebResources resources = new WebResources(PluginDescriptor.fromClasspath(loader), loader, Path.of("no-aui"));
    private final PageBuilderService pageBuilder = resources.pageBuilderService();

    @AfterEach
    void clear() {
        resources.clearRequired();
    }

    private static List<String> files(String tags) {
        List<String> files = new ArrayList<>();
        Matcher m = Pattern.compile("/download/resources/" + Pattern.quote(KEY) + ":([a-z-]+/[a-zA-Z.-]+)\"").matcher(tags);
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    @Test
    void twoContextsSharingModulesGetEachModuleOnceAfterItsDependencies() {
        pageBuilder.assembler().resources().requireContext("clientbudgets.page.approvals")
                .requireContext("clientbudgets.page.budget");
        String tags = resources.drainTags("/jira");
        assertEquals(List.of("core/client-budgets.css", "core/core.js", "entries/entries.js",
                "expenses/expenses.js", "page-approvals/page-approvals.js", "team-questions/team-questions.js",
                "pickers/pickers.js", "grants/grants.js", "explainer/explainer.js", "digest/digest.js",
                "retainer-terms/retainer-terms.js", "retainer-periods/retainer-periods.css", "alerts/alerts.js",
                "sign-offs/sign-offs.js", "page-budget/page-budget.js"), files(tags), tags);
        assertTrue(tags.indexOf("<!-- web-resource context: clientbudgets.page.approvals -->")
                < tags.indexOf("<!-- web-resource context: clientbudgets.page.budget -->"), tags);
        assertTrue(tags.contains("<script src=\"/jira/download/resources/" + KEY + ":core/core.js\" data-wrm-key=\""
                + KEY + ":core\"></script>"), tags);
        assertEquals("", resources.drainTags("/jira"), "the next request starts empty");
    }

    @Test
    void aSingleWebResourceBringsItsDependencies() {
        pageBuilder.assembler().resources().requireWebResource(KEY + ":page-project-budgets");
        assertEquals(List.of("core/client-budgets.css", "core/core.js", "pickers/pickers.js", "grants/grants.js",
                "retainer-terms/retainer-terms.js", "page-project-budgets/page-project-budgets.js"),
                files(resources.drainTags("/jira")));
    }

    @Test
    void aui9And10sSelect2IsInTheHostsAuiBundleAnUnknownAuiModuleFails() {
        String xml = "<atlassian-plugin key=\"x.y\" name=\"t\"><plugin-info><version>1</version></plugin-info>"
                + "<web-resource key=\"ok\"><dependency>com.atlassian.auiplugin:aui-select2</dependency></web-resource>"
                + "<web-resource key=\"bad\"><dependency>com.atlassian.auiplugin:aui-nothing</dependency></web-resource>"
                + "</atlassian-plugin>";
        PluginDescriptor descriptor = PluginDescriptor.parse(new java.io.ByteArrayInputStream(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        WebResources host = new WebResources(descriptor, loader, Path.of("no-aui"));
        host.pageBuilderService().assembler().resources().requireWebResource("x.y:ok");
        assertEquals("", host.drainTags("/jira"), "no tag of its own: the chrome loads AUI with Select2");
        host.pageBuilderService().assembler().resources().requireWebResource("x.y:bad");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> host.drainTags("/jira"));
        assertTrue(unknown.getMessage().contains("aui-nothing"), unknown.getMessage());
        host.clearRequired();
    }

    @Test
    void anUnknownModuleFailsAndAnUnknownContextAddsNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> pageBuilder.assembler().resources().requireWebResource(KEY + ":client-budgets-resources"));
        pageBuilder.assembler().resources().requireContext("clientbudgets.page.nothing");
        assertEquals(List.of(), files(resources.drainTags("/jira")));
    }
}
