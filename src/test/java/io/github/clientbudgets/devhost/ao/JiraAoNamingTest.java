package io.github.clientbudgets.devhost.ao;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.plugin.PluginEntities;
import net.java.ao.RawEntity;
import net.java.ao.schema.TableNameConverter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table names come from the {@code <ao>} namespace, as in Jira, and stay those existing installs have: the names
 * the plugin key {@code io.github.clientbudgets.client-budgets-jira} gave them before the namespace existed.
 */
class JiraAoNamingTest {
    /**
     * The tables of an existing install, created under the plugin key before the namespace was declared (the last
     * two since model version 3).
     */
    private static final List<String> TODAYS_TABLES = List.of("AO_DF9F5C_BUDGET", "AO_DF9F5C_SERVICE",
            "AO_DF9F5C_EXPENSE", "AO_DF9F5C_ISSUE_SERVICE", "AO_DF9F5C_TIME_ENTRY", "AO_DF9F5C_AUDIT",
            "AO_DF9F5C_RESYNC_STATE", "AO_DF9F5C_CLIENT_GRANT", "AO_DF9F5C_PERIOD_LOCK", "AO_DF9F5C_RETAINER_TERMS",
            "AO_DF9F5C_FROZEN_PERIOD", "AO_DF9F5C_QUESTION", "AO_DF9F5C_CLIENT_UNSUB", "AO_DF9F5C_DIGEST_SETTING",
            "AO_DF9F5C_DIGEST_SENT", "AO_DF9F5C_APP_SECRET", "AO_DF9F5C_ALERT_SETTING", "AO_DF9F5C_ALERT_CROSSING",
            "AO_DF9F5C_SIGN_OFF");

    @Test
    void theDescriptorsNamespaceGivesTheTablesExistingInstallsHave() {
        ClassLoader loader = getClass().getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath(loader);
        String namespace = JiraAoNaming.namespace(descriptor);
        assertEquals("io.github.clientbudgets.client-budgets-jira", namespace);
        TableNameConverter tables = JiraAoNaming.of(namespace).getTableNameConverter();
        List<String> names = Arrays.stream(PluginEntities.of(descriptor, loader)).map(tables::getName).toList();
        assertEquals(TODAYS_TABLES, names);
        // the same names the plugin key gave them: whatever the key becomes, the namespace keeps these
        TableNameConverter underTheKey = JiraAoNaming.of("io.github.clientbudgets.client-budgets-jira").getTableNameConverter();
        for (Class<? extends RawEntity<?>> entity : PluginEntities.of(descriptor, loader)) {
            assertEquals(underTheKey.getName(entity), tables.getName(entity));
        }
    }

    @Test
    void knownJiraPrefixesComeOutOfTheHash() {
        assertEquals("AO_60DB71", JiraAoNaming.tablePrefix("com.pyxis.greenhopper.jira"));
        assertEquals("AO_E8B6CC", JiraAoNaming.tablePrefix("com.atlassian.jira.plugins.jira-bitbucket-connector-plugin"));
    }

    @Test
    void aModuleWithoutOrWithABlankNamespaceHangsOnThePluginKeyAsJiraDoes() {
        assertEquals("my.plugin", JiraAoNaming.namespace(descriptor("<ao key=\"ao\"/>")));
        assertEquals("my.plugin", JiraAoNaming.namespace(descriptor("<ao key=\"ao\" namespace=\"  \"/>")));
        assertEquals("other", JiraAoNaming.namespace(descriptor("<ao key=\"ao\" namespace=\"other\"/>")));
        // Jira takes the attribute as written: a space is part of the hash
        assertEquals(" other", JiraAoNaming.namespace(descriptor("<ao key=\"ao\" namespace=\" other\"/>")));
        assertTrue(!JiraAoNaming.tablePrefix(" other").equals(JiraAoNaming.tablePrefix("other")));
    }

    @Test
    void twoAoModulesOrNoneFailAsInJira() {
        PluginDescriptor.DescriptorException two = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> JiraAoNaming.namespace(descriptor("<ao key=\"a\"/><ao key=\"b\"/>")));
        assertTrue(two.getMessage().contains("Only one active objects module descriptor (ao) allowed per plugin"),
                two.getMessage());
        assertThrows(PluginDescriptor.DescriptorException.class, () -> JiraAoNaming.namespace(descriptor("")));
    }

    private static PluginDescriptor descriptor(String modules) {
        String xml = "<atlassian-plugin key=\"my.plugin\" name=\"x\" plugins-version=\"2\"><plugin-info><version>1</version>"
                + "</plugin-info>" + modules + "</atlassian-plugin>";
        return PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
