package io.github.clientbudgets.devhost.demo;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.digest.DigestFrequency;
import io.github.clientbudgets.digest.DigestSettings;

/**
 * The demo's client digest: ACME "Website relaunch" (client access on, approval required) mails its clients a
 * monthly digest; every other budget has none. A step of its own, after the budgets, so it also reaches databases
 * made before the digest existed.
 */
public final class DigestDemoData implements DemoDataStep {
    private static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";

    @Override
    public String name() {
        return "client-budgets: the monthly client digest of Website relaunch";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void apply(DemoContext demo) {
        if (!PLUGIN_KEY.equals(demo.pluginKey())) {
            return;
        }
        BudgetService budgets = demo.pluginBean(BudgetService.class);
        long acme = demo.store().projectByKey("ACME").orElseThrow().getId();
        for (Budget budget : budgets.budgetsOfProject("pm", "ACME")) {
            if (budget.projectId() == acme && budget.name().equals("Website relaunch")) {
                demo.pluginBean(DigestSettings.class).set("pm", budget.id(), DigestFrequency.MONTHLY);
            }
        }
    }
}
