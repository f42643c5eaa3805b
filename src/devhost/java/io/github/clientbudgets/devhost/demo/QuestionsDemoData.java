package io.github.clientbudgets.devhost.demo;

import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.portal.ClientTimeRow;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.portal.TimeFilter;
import io.github.clientbudgets.question.QuestionService;

/**
 * The demo's open question: {@code client} asks about the newest entry of ACME "Website relaunch" that his Time tab
 * lists, through the plugin's own service, so it becomes a JSM request in ACME's service desk raised on his behalf
 * (the host's JSM; without JSM the owner gets a mail instead). The message carries characters a page must escape.
 */
public final class QuestionsDemoData implements DemoDataStep {
    private static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";
    static final String MESSAGE = "Could you explain this entry? The issue doesn't say what was reviewed & 4 h <b>seems</b> a lot.";

    @Override
    public String name() {
        return "client-budgets: an open question from client on Website relaunch";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void apply(DemoContext demo) {
        if (!PLUGIN_KEY.equals(demo.pluginKey())) {
            return; // a test host running another plugin
        }
        PortalService portal = demo.pluginBean(PortalService.class);
        QuestionService questions = demo.pluginBean(QuestionService.class);
        demo.as("client", () -> {
            ClientSummary budget = portal.myBudgets("client").stream().filter(b -> b.name().equals("Website relaunch"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("client sees no Website relaunch"));
            ClientTimeRow row = portal.time(portal.open("client", budget.budgetId()), TimeFilter.all().page(0, 1)).rows()
                    .stream().findFirst().orElseThrow(() -> new IllegalStateException("Website relaunch lists no entry"));
            return questions.ask("client", budget.budgetId(), row.entry().id(), MESSAGE);
        });
    }
}
