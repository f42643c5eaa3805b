package io.github.clientbudgets.budget;

import com.atlassian.cache.Cache;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.platform.HostCacheManager;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jira's cache manager outlives the plugin: after the plugin is disabled and enabled again (as in an upgrade, where
 * the new version has a new class loader) no cache may hand back an object of the old version. The dev host
 * disables and enables the plugin as Jira does (its Spring context closed and created again, SAL's onStop/onStart).
 */
class BudgetCachesAcrossPluginRestartTest {
    private static final String PREFIX = "io.github.clientbudgets.";

    @Test
    void disablingAndEnablingThePluginLeavesItsCachesEmpty() throws Exception {
        try (DevHost host = TestHosts.start()) {
            HostCacheManager caches = host.platform().caches();
            BudgetStore before = host.plugin().springContext().getBean(BudgetStore.class);
            Budget budget = before.budgetsRequiringApproval().get(0);
            before.budget(budget.id());
            host.plugin().springContext().getBean(LineItemStore.class).lineItems(budget.id());
            before.budgetsOfProject(budget.projectId());
            assertTrue(entries(caches).values().stream().mapToInt(Integer::intValue).sum() >= 4,
                    "the plugin's caches hold entries: " + entries(caches));

            host.disablePlugin();
            assertEquals(0, total(caches), "disabling the plugin empties its caches: " + entries(caches));
            assertEquals(404, TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/budgets")
                    .header("Authorization", TestHosts.basic("pm"))).statusCode(), "a disabled plugin answers nothing");

            // an entry the old version left some other way (another node's copy, a node that died): a foreign class
            Cache<Long, Object> budgets = caches.getCache(PREFIX + "budget.budget", null, null);
            budgets.put(budget.id(), new Object() {
            });
            host.enablePlugin();
            assertEquals(0, total(caches), "enabling the plugin empties its caches: " + entries(caches));

            BudgetStore after = host.plugin().springContext().getBean(BudgetStore.class);
            assertNotSame(before, after, "a new Spring context, new beans");
            assertEquals(budget.name(), after.budget(budget.id()).orElseThrow().name(), "read afresh, not the old entry");
            assertEquals(200, TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/budgets/" + budget.id())
                    .header("Authorization", TestHosts.basic("pm"))).statusCode(), "and the modules answer again");
        }
    }

    private static Map<String, Integer> entries(HostCacheManager caches) {
        Map<String, Integer> result = new TreeMap<>();
        caches.names().stream().filter(n -> n.startsWith(PREFIX)).forEach(n -> result.put(n, caches.entries(n)));
        return result;
    }

    private static int total(HostCacheManager caches) {
        return entries(caches).values().stream().mapToInt(Integer::intValue).sum();
    }
}
