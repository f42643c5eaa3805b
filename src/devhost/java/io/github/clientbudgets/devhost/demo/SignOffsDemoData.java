package io.github.clientbudgets.devhost.demo;

import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.devhost.jira.HostProject;
import io.github.clientbudgets.signoff.SignOffService;

import java.time.YearMonth;

/**
 * The demo's sign-offs (docs/devhost.md, "Demo data"): {@code client} is a Client Manager of ACME (pm flags his grant),
 * {@code other} stays a plain client of GLOBEX, and {@code client} has signed off the first month of "Website
 * relaunch" (approved entries and the approved expense), through the plugin's own services.
 */
public final class SignOffsDemoData implements DemoDataStep {
    private static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";

    @Override
    public String name() {
        return "client-budgets: Client Manager of ACME and one signed month";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void apply(DemoContext demo) {
        if (!PLUGIN_KEY.equals(demo.pluginKey())) {
            return;
        }
        ClientGrantService grants = demo.pluginBean(ClientGrantService.class);
        HostProject acme = demo.store().projectByKey("ACME").orElseThrow();
        String client = demo.user("client").getKey();
        demo.as("pm", () -> {
            for (ClientGrant grant : grants.grants("pm", "ACME")) {
                if (client.equals(grant.userKey())) {
                    grants.setClientManager("pm", grant.id(), true);
                }
            }
            return null;
        });
        Budget website = demo.pluginBean(BudgetStore.class).budgetsOfProject(acme.getId()).stream()
                .filter(b -> b.name().equals("Website relaunch")).findFirst().orElseThrow();
        YearMonth first = YearMonth.from(demo.firstDay());
        demo.as("client", () -> demo.pluginBean(SignOffService.class).sign(client, website.id(), first.toString()));
    }
}
