package io.github.clientbudgets.devhost.plugin;

import io.github.clientbudgets.devhost.HostComponents;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.servlet.http.HttpServlet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The plugin, started as Jira's plugin framework starts a transformerless plugin: its Spring context from every
 * {@code META-INF/spring/*.xml} on its class path (host services come in through {@code <osgi:reference>}), then
 * its module classes ({@code <servlet class>}, {@code <condition>}, {@code <context-provider>}) created by
 * autowiring their constructors from that context. REST resources are not: Jersey builds them (see
 * {@code devhost.rest.RestModules}). A mistake fails with a message naming the module.
 */
public final class LoadedPlugin implements AutoCloseable {
    private final PluginDescriptor descriptor;
    private final ClassLoader loader;
    private final GenericApplicationContext context;

    private LoadedPlugin(PluginDescriptor descriptor, ClassLoader loader, GenericApplicationContext context) {
        this.descriptor = descriptor;
        this.loader = loader;
        this.context = context;
    }

    /** Where Jira finds a transformerless plugin's Spring XML. */
    public static final String SPRING_CONFIG = "classpath*:META-INF/spring/*.xml";

    public static LoadedPlugin start(PluginDescriptor descriptor, ClassLoader loader, HostComponents components) {
        return start(descriptor, loader, components, SPRING_CONFIG);
    }

    public static LoadedPlugin start(PluginDescriptor descriptor, ClassLoader loader, HostComponents components,
                                     String springConfig) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(loader);
        context.setDisplayName("plugin " + descriptor.key());
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(loader);
        // no XSD validation (Gemini's schema is not on the class path), but namespace-aware parsing
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        NamespaceHandler osgi = new OsgiReferenceNamespaceHandler(components, loader);
        osgi.init();
        DefaultNamespaceHandlerResolver spring = new DefaultNamespaceHandlerResolver(loader);
        reader.setNamespaceHandlerResolver(uri -> OsgiReferenceNamespaceHandler.GEMINI_BLUEPRINT.equals(uri)
                || OsgiReferenceNamespaceHandler.SPRING_DM.equals(uri) ? osgi : spring.resolve(uri));
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver(loader).getResources(springConfig);
        } catch (IOException e) {
            throw new PluginDescriptor.DescriptorException("cannot list META-INF/spring/*.xml: " + e.getMessage(), e);
        }
        try {
            for (Resource file : files) {
                reader.loadBeanDefinitions(file);
            }
            context.refresh();
        } catch (PluginDescriptor.DescriptorException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PluginDescriptor.DescriptorException) {
                    throw (PluginDescriptor.DescriptorException) cause;
                }
            }
            throw new PluginDescriptor.DescriptorException("the plugin's Spring context (META-INF/spring/*.xml: "
                    + Arrays.toString(files) + ") did not start: " + e.getMessage(), e);
        }
        return new LoadedPlugin(descriptor, loader, context);
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public ClassLoader classLoader() {
        return loader;
    }

    public GenericApplicationContext springContext() {
        return context;
    }

    /** Loads a class a module names; a missing class fails naming the module. */
    public Class<?> moduleClass(PluginDescriptor.Module module, String className) {
        if (className == null || className.isBlank()) {
            throw new PluginDescriptor.DescriptorException("module " + module + " names no class");
        }
        try {
            return Class.forName(className.trim(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginDescriptor.DescriptorException("module " + module + ": class " + className
                    + " does not exist on the plugin class path", e);
        }
    }

    /** Creates a module object by autowiring its constructor from the plugin's context, as Jira does. */
    public <T> T create(PluginDescriptor.Module module, Class<T> type) {
        try {
            return type.cast(context.getAutowireCapableBeanFactory().createBean(type,
                    AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
        } catch (RuntimeException e) {
            throw new PluginDescriptor.DescriptorException("module " + module + ": cannot create " + type.getName()
                    + " from the plugin's Spring context: " + e.getMessage(), e);
        }
    }

    /** The {@code <servlet>} modules, each servlet created (not yet initialised). */
    public List<ServletModule> servlets() {
        List<ServletModule> result = new ArrayList<>();
        for (PluginDescriptor.Module module : descriptor.modules("servlet")) {
            Class<?> type = moduleClass(module, module.attribute("class"));
            if (!HttpServlet.class.isAssignableFrom(type)) {
                throw new PluginDescriptor.DescriptorException("module " + module + ": " + type.getName()
                        + " is not a javax.servlet.http.HttpServlet");
            }
            List<String> patterns = module.childTexts("url-pattern");
            if (patterns.isEmpty()) {
                throw new PluginDescriptor.DescriptorException("module " + module + " has no <url-pattern>");
            }
            Map<String, String> initParams = new java.util.LinkedHashMap<>();
            for (var param : module.children("init-param")) {
                initParams.put(PluginDescriptor.text(param, "param-name").orElse(""),
                        PluginDescriptor.text(param, "param-value").orElse(""));
            }
            result.add(new ServletModule(module.key(), patterns, (HttpServlet) create(module, type), initParams));
        }
        return result;
    }

    public record ServletModule(String key, List<String> urlPatterns, HttpServlet servlet, Map<String, String> initParams) {
    }

    /** Calls SAL's {@code LifecycleAware.onStart()} on the plugin's beans that implement it, as Jira does once started. */
    public void fireOnStart() {
        fireLifecycle("onStart");
    }

    /** Calls SAL's {@code LifecycleAware.onStop()}, as Jira does when the plugin is disabled or Jira stops. */
    public void fireOnStop() {
        fireLifecycle("onStop");
    }

    private void fireLifecycle(String method) {
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            for (Class<?> itf : allInterfaces(bean.getClass())) {
                if (itf.getName().equals("com.atlassian.sal.api.lifecycle.LifecycleAware")) {
                    try {
                        itf.getMethod(method).invoke(bean);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("bean " + name + ": " + method + "() failed", e);
                    }
                }
            }
        }
    }

    private static List<Class<?>> allInterfaces(Class<?> type) {
        List<Class<?>> result = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            result.addAll(Arrays.asList(c.getInterfaces()));
        }
        return result;
    }

    /** Disables the plugin: SAL's onStop, then the Spring context closes (its beans' destroy-methods run). */
    @Override
    public void close() {
        if (!context.isActive()) {
            return;
        }
        try {
            fireOnStop();
        } finally {
            context.close();
        }
    }
}
