package io.github.clientbudgets.devhost.demo;

/**
 * One step of the demo data that runs after the plugin has started, through the plugin's own services (budgets,
 * services, client grants...). Steps are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.clientbudgets.devhost.demo.DemoDataStep} on the dev host's class path), run
 * in {@link #order()} and each runs once per database: the host records the step's {@link #name()} in
 * {@code devhost_demo_step} after it succeeded. A failing step stops the host's start with its name.
 */
public interface DemoDataStep {
    /** A stable, unique name; renaming a step runs it again. */
    String name();

    /** Steps run in ascending order; the host's own base data (users, projects, issues, worklogs) comes first. */
    default int order() {
        return 100;
    }

    void apply(DemoContext context) throws Exception;
}
