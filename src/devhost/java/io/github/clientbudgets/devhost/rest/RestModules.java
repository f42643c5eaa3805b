package io.github.clientbudgets.devhost.rest;

import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.ws.rs.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plugin's {@code <rest key path version>} modules on Jersey 2 (REST v2 of Platform 7): one Jersey application
 * per module at {@code /rest/<path>/<version>/*}, holding the plugin's {@code @Path} and {@code @Provider} classes of the module's
 * {@code <package>} children (or, without any, of {@code io.github.clientbudgets}, the host's own packages
 * excepted), JSON through Jackson 2. Each resource is created once, by autowiring its constructor from the
 * plugin's Spring context; JAX-RS still injects {@code @Context} per request.
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
            for (Class<?> type : classes) {
                config.registerInstances(plugin.create(module, type));
            }
            String mount = "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
            result.add(new RestModule(module.key(), mount, new ServletContainer(config), List.copyOf(classes)));
        }
        return result;
    }

    /** A Jersey application with the host's JSON and security filters. */
    public static ResourceConfig application(RestSecurityFeature security) {
        ResourceConfig config = new ResourceConfig();
        config.register(JacksonFeature.class);
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
