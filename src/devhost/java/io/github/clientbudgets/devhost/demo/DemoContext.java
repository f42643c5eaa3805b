package io.github.clientbudgets.devhost.demo;

import com.atlassian.jira.user.ApplicationUser;
import io.github.clientbudgets.devhost.HostComponents;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.JiraStore;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What a {@link DemoDataStep} gets: the loaded plugin's key (a step for one plugin skips the others), the host's services, the plugin's Spring context (to call the plugin's own
 * services: {@code pluginBean(BudgetService.class)}), the Jira data, the demo window, the scale and a random
 * generator seeded from the demo seed and the step's name (deterministic).
 */
public record DemoContext(String pluginKey, HostComponents components, ApplicationContext pluginContext, JiraStore store,
                          LocalDate firstDay, LocalDate lastDay, int scale, Random random) {

    public <T> T pluginBean(Class<T> type) {
        return pluginContext.getBean(type);
    }

    public HostUser user(String name) {
        return store.userByName(name).orElseThrow(() -> new IllegalArgumentException("no demo user " + name));
    }

    /** Runs plugin code as a user (what JiraAuthenticationContext and SAL's UserManager then report). */
    public <T> T as(String username, Supplier<T> work) {
        return CurrentUser.runAs(user(username), work);
    }

    public ApplicationUser applicationUser(String name) {
        return user(name);
    }
}
