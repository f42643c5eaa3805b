package io.github.clientbudgets.devhost.rest;

import org.glassfish.hk2.api.Injectee;
import org.glassfish.hk2.api.JustInTimeInjectionResolver;
import org.glassfish.hk2.api.ServiceLocator;
import org.glassfish.hk2.utilities.ServiceLocatorUtilities;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import javax.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The bridge from Jersey's injector (HK2) to the plugin's Spring context, as Atlassian REST v2 has it: an
 * {@code @Inject} constructor parameter of one of the module's own classes that HK2 cannot satisfy itself is looked
 * up <em>by type</em> among the plugin context's beans (its own beans and the host services its Spring XML imports
 * with {@code <osgi:reference>}). Nothing else: no host service the plugin did not import, no plugin class that is
 * not a bean, no guess between two beans of one type, no qualified ({@code @Named}) parameter. HK2 then fails the
 * creation with {@code UnsatisfiedDependencyException}, and Jersey answers 500.
 */
public final class PluginBeanResolver implements JustInTimeInjectionResolver {
    private static final Logger LOG = Logger.getLogger(PluginBeanResolver.class.getName());
    private final ServiceLocator locator;
    private final Beans beans;

    /** The plugin's context and the module classes whose constructors may take its beans. */
    public record Beans(GenericApplicationContext context, Set<Class<?>> moduleClasses) {
    }

    @Inject
    public PluginBeanResolver(ServiceLocator locator, Beans beans) {
        this.locator = locator;
        this.beans = beans;
    }

    @Override
    public boolean justInTimeResolution(Injectee injectee) {
        Class<?> parent = injectee.getInjecteeClass();
        if (parent == null || !beans.moduleClasses().contains(parent) || !injectee.getRequiredQualifiers().isEmpty()) {
            return false;
        }
        String[] names = beans.context().getBeanNamesForType(ResolvableType.forType(injectee.getRequiredType()));
        if (names.length != 1 || !beans.context().isSingleton(names[0])) {
            LOG.warning(parent.getName() + ": " + names.length + " singleton beans of type " + injectee.getRequiredType()
                    + " in the plugin's Spring context; Jira's REST module would not inject it either");
            return false;
        }
        ServiceLocatorUtilities.addOneConstant(locator, beans.context().getBean(names[0]), null,
                injectee.getRequiredType());
        return true;
    }
}
