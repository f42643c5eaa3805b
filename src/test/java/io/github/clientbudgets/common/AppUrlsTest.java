package io.github.clientbudgets.common;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's addresses in code are the ones the descriptor declares, and the links built from them. */
class AppUrlsTest {
    private final PluginDescriptor descriptor = PluginDescriptor.fromClasspath(getClass().getClassLoader());

    @Test
    void everyServletServesItsAddressAndEveryAddressHasItsServlet() {
        Map<String, String> expected = new TreeMap<>(Map.of(
                "io.github.clientbudgets.web.team.ProjectBudgetsServlet", AppUrls.PROJECT,
                "io.github.clientbudgets.web.team.BudgetServlet", AppUrls.BUDGET,
                "io.github.clientbudgets.web.portal.PortalServlet", AppUrls.PORTAL,
                "io.github.clientbudgets.web.team.ApprovalsServlet", AppUrls.APPROVALS,
                "io.github.clientbudgets.web.team.MyTimeServlet", AppUrls.MY_TIME,
                "io.github.clientbudgets.web.team.EntryHistoryServlet", AppUrls.ENTRY_HISTORY,
                "io.github.clientbudgets.web.admin.AdminServlet", AppUrls.ADMIN,
                "io.github.clientbudgets.web.portal.UnsubscribeServlet", AppUrls.UNSUBSCRIBE,
                "io.github.clientbudgets.web.portal.StatementServlet", AppUrls.STATEMENT));
        Map<String, String> declared = new TreeMap<>();
        for (PluginDescriptor.Module servlet : descriptor.modules("servlet")) {
            List<String> addresses = new ArrayList<>();
            for (String pattern : servlet.childTexts("url-pattern")) {
                // Jira serves a servlet's pattern below /plugins/servlet; "/x/*" also answers "/x" itself
                String address = "/plugins/servlet" + (pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern);
                assertTrue(address.startsWith(AppUrls.SERVLET_BASE + "/"), servlet + " serves " + pattern);
                addresses.add(address);
            }
            assertEquals(1, addresses.stream().distinct().count(), servlet + " serves one address: " + addresses);
            declared.put(servlet.attribute("class"), addresses.get(0));
        }
        assertEquals(expected, declared);
    }

    @Test
    void restBasePluginKeyAndAdminPageAreTheDescriptors() {
        PluginDescriptor.Module rest = descriptor.modules("rest").get(0);
        assertEquals(AppUrls.REST_BASE, "/rest" + rest.attribute("path") + "/" + rest.attribute("version"));
        assertEquals(AppUrls.PLUGIN_KEY, descriptor.key());
        assertEquals(AppUrls.ADMIN, descriptor.infoParam("configure.url").orElse(""), "UPM's Configure link");
        String item = AppUrls.PROJECT_SIDEBAR_ITEM.substring(AppUrls.PLUGIN_KEY.length() + 1);
        assertEquals("web-item", descriptor.module(item).type());
        assertTrue(descriptor.modules("web-panel").stream()
                .anyMatch(p -> p.attribute("location").equals(AppUrls.PROJECT_SIDEBAR_ITEM)), "the project page's panel");
    }

    @Test
    void linksAreBuiltBelowTheGivenBase() {
        assertEquals("/jira/plugins/servlet/client-budgets/budget/7", AppUrls.budget("/jira", 7));
        assertEquals("https://jira.example/plugins/servlet/client-budgets/portal/budget/12",
                AppUrls.portalBudget("https://jira.example", 12));
        assertEquals("/jira/projects/A%20B%2FC?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar",
                AppUrls.projectBudgets("/jira", "A B/C"));
    }
}
