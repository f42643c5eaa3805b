package io.github.clientbudgets.devhost;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.github.clientbudgets.devhost.demo.DemoContext;
import io.github.clientbudgets.devhost.demo.DemoDataStep;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A demo data step of the tests (given in DevHostOptions.extraDemoSteps): records each run and as whom the
 * plugin would see it run, so tests can check that steps run once per database, after the plugin started.
 */
public final class RecordingDemoStep implements DemoDataStep {
    static final List<String> RUNS = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "test: recording step";
    }

    @Override
    public void apply(DemoContext context) {
        String user = context.as("pm", () -> context.components().get(JiraAuthenticationContext.class)
                .getLoggedInUser().getKey());
        RUNS.add(user + "@" + context.pluginBean(io.github.clientbudgets.admin.HealthCheck.class).run().isDatabaseReachable());
    }
}
