package io.github.clientbudgets.devhost.rest;

import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.glassfish.hk2.api.JustInTimeInjectionResolver;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.internal.inject.Providers;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.inject.Singleton;
import javax.servlet.ServletException;
import javax.ws.rs.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plugin's {@code <rest key path version>} modules on Jersey 2 (REST v2 of Platform 7): one Jersey application
 * per module at {@code /rest/<path>/<version>/*}, holding the plugin's {@code @Path} and {@code @Provider} classes of the module's
 * {@code <package>} children (or, without any, of {@code io.github.clientbudgets}, the host's own packages
 * excepted), JSON through Jackson 2. As in REST v2, Jersey (HK2) builds these classes itself: a resource per
 * request, a provider once, each through its one {@code @javax.inject.Inject} constructor (or a no-argument one),
 * whose parameters come from the plugin's Spring context by type ({@link PluginBeanResolver}) and from nothing else.
 */
public final class RestModules {
    private static final String DEFAULT_PACKAGE = "io.github.clientbudgets";
    private static final String HOST_PACKAGE = "io.github.clientbudgets.devhost";

    private RestModules() {
    }

    public record RestModule(String key, String mountPath, ServletContainer container, List<Class<?>> resources) {
    }

    public static List<RestModule> of(LoadedPlugin plugin, RestSecurityFeature security) {
        List<RestModule> result = new ArrayList<>();
        for (PluginDescriptor.Module module : plugin.descriptor().modules("rest")) {
            String path = module.attribute("path");
            String version = module.attribute("version");
            if (path.isBlank() || version.isBlank()) {
                throw new PluginDescriptor.DescriptorException("module " + module + " needs path and version");
            }
            List<String> packages = module.childTexts("package");
            Set<Class<?>> classes = scan(plugin.classLoader(), packages.isEmpty() ? List.of(DEFAULT_PACKAGE) : packages,
                    packages.isEmpty());
            if (classes.stream().noneMatch(c -> c.isAnnotationPresent(Path.class))) {
                throw new PluginDescriptor.DescriptorException("module " + module + ": no @Path class in " + packages);
            }
            ResourceConfig config = application(security);
            // classes, not instances: Jersey builds them (resources per request, providers once), as in REST v2
            classes.forEach(config::register);
            PluginBeanResolver.Beans beans = new PluginBeanResolver.Beans(plugin.springContext(), Set.copyOf(classes));
            config.register(new AbstractBinder() {
                @Override
                protected void configure() {
                    bind(beans).to(PluginBeanResolver.Beans.class);
                    bind(PluginBeanResolver.class).to(JustInTimeInjectionResolver.class).in(Singleton.class);
                }
            });
            String mount = "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
            result.add(new RestModule(module.key(), mount, new ModuleContainer(module, config, classes),
                    List.copyOf(classes)));
        }
        return result;
    }

    /**
     * A module's Jersey servlet. Once Jersey has started the module it asks for every plugin {@code @Provider} the
     * way Jersey's runtime does: one that Jersey cannot build (no {@code @Inject} constructor, or a parameter no
     * plugin bean satisfies) fails the start naming the module. Jersey itself would skip such a provider with a
     * warning (an exception mapper skipped = every domain error a 500), so the host is louder than Jira, never kinder.
     */
    static final class ModuleContainer extends ServletContainer {
        private final transient PluginDescriptor.Module module;
        private final transient Set<Class<?>> classes;

        ModuleContainer(PluginDescriptor.Module module, ResourceConfig config, Set<Class<?>> classes) {
            super(config);
            this.module = module;
            this.classes = classes;
        }

        @Override
        public void init() throws ServletException {
            super.init();
            InjectionManager injection = getApplicationHandler().getInjectionManager();
            for (Class<?> type : classes) {
                if (!type.isAnnotationPresent(javax.ws.rs.ext.Provider.class)) {
                    continue;
                }
                for (Class<?> contract : Providers.getProviderContracts(type)) {
                    boolean built;
                    try {
                        built = java.util.stream.StreamSupport.stream(
                                Providers.getAllProviders(injection, contract).spliterator(), false).anyMatch(type::isInstance);
                    } catch (RuntimeException e) {
                        throw new PluginDescriptor.DescriptorException("module " + module + ": Jersey cannot build @Provider "
                                + type.getName() + " (" + e.getMessage() + ")", e);
                    }
                    if (!built) {
                        throw new PluginDescriptor.DescriptorException("module " + module + ": Jersey cannot build @Provider "
                                + type.getName() + " as a " + contract.getSimpleName() + " (one public @javax.inject.Inject"
                                + " constructor whose parameters are plugin beans, or a no-argument one); Jira would"
                                + " skip it with a warning");
                    }
                }
            }
        }
    }

    /** A Jersey application with the host's JSON and security filters. */
    public static ResourceConfig application(RestSecurityFeature security) {
        ResourceConfig config = new ResourceConfig();
        // without Jersey's Jackson exception mappers (a text/plain 400 naming Jackson's classes, kinder than Jira)
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(security);
        config.register(RestSecurityFeature.XsrfPreMatching.class);
        config.register(RestSecurityFeature.UnsupportedTypeMapper.class);
        config.property(org.glassfish.jersey.server.ServerProperties.WADL_FEATURE_DISABLE, true);
        // REST errors stay REST answers (no HTML error page), as in Jira
        config.property(org.glassfish.jersey.server.ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }

    static Set<Class<?>> scan(ClassLoader loader, List<String> packages, boolean skipHostPackages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        // Atlassian REST also picks up the module's @Provider classes (exception mappers, message body readers)
        scanner.addIncludeFilter(new AnnotationTypeFilter(javax.ws.rs.ext.Provider.class));
        Set<Class<?>> result = new LinkedHashSet<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                String name = candidate.getBeanClassName();
                if (name == null || skipHostPackages && name.startsWith(HOST_PACKAGE + ".")) {
                    continue;
                }
                try {
                    result.add(Class.forName(name, true, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return result;
    }
}
