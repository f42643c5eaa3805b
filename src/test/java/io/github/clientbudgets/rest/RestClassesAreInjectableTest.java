package io.github.clientbudgets.rest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.inject.Inject;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * REST v2 has Jersey (HK2) build every resource and provider: each needs exactly one public {@code @Inject}
 * constructor, or Jira answers "Could not find a suitable constructor" (a provider is skipped). Checked over every
 * {@code @Path} and {@code @Provider} class the plugin ships (the main source tree, not tests or the dev host).
 */
class RestClassesAreInjectableTest {

    @Test
    void everyResourceAndProviderHasExactlyOnePublicInjectConstructor() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> type : pluginRestClasses()) {
            checked.add(type.getSimpleName());
            List<Constructor<?>> inject = new ArrayList<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.isAnnotationPresent(Inject.class)) {
                    inject.add(c);
                }
            }
            if (inject.size() != 1) {
                problems.add(type.getName() + " has " + inject.size() + " @javax.inject.Inject constructors");
            } else if (!Modifier.isPublic(inject.get(0).getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                problems.add(type.getName() + ": the class and its @Inject constructor must be public");
            }
        }
        assertEquals(List.of(), problems);
        // the scan itself must have found the plugin's REST classes, or this test proves nothing
        assertTrue(checked.containsAll(Set.of("BudgetResource", "PortalResource", "ErrorMapper", "ResyncResource"))
                && checked.size() >= 11, "scanned: " + checked);
    }

    @Test
    void everyResourceHasAProbeOnTheInstallationCheck() throws Exception {
        Set<String> resources = new TreeSet<>();
        for (Class<?> type : pluginRestClasses()) {
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(type.getSimpleName());
            }
        }
        Set<String> probed = new TreeSet<>();
        io.github.clientbudgets.admin.RestProbe.ALL.forEach(p -> probed.add(p.resource()));
        assertEquals(resources, probed, "a REST class without a probe would go unchecked inside a real Jira");
    }

    /** The classes of the plugin's own output directory (where ErrorMapper was compiled to) with @Path or @Provider. */
    private static List<Class<?>> pluginRestClasses() throws ClassNotFoundException {
        URL main = ErrorMapper.class.getProtectionDomain().getCodeSource().getLocation();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<Class<?>> result = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.github.clientbudgets")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.getProtectionDomain().getCodeSource().getLocation().equals(main)) {
                result.add(type);
            }
        }
        return result;
    }
}
