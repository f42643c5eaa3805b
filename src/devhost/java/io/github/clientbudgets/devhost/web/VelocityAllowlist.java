package io.github.clientbudgets.devhost.web;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira 10's Velocity method allowlist, strictly (enforced from Jira 10.5): a template may call a method, or read a
 * property through its getter, only when it is listed as {@code fully.qualified.Type#method(param.Type,...)} in the
 * plugin's {@code <velocity-allowlist>} or on the host's global list {@link #GLOBAL}, on the class it is called on or
 * one of its super-types (so {@code java.util.Collection#size()} covers every list). Nothing else passes: no
 * package, no whole class, never {@code getClass()}.
 * <p>
 * The global list is ours (Jira's own global list is not published): the few {@code java.lang} and
 * {@code java.util} basics a template may need, and the {@code $webResourceManager} Jira puts in every context.
 * The plugin's templates call none of the {@code java.*} ones today; whatever they need beyond it goes into the
 * plugin's allowlist (docs/devhost.md, "Velocity").
 */
public final class VelocityAllowlist {
    /** The host's global allowlist (documented in docs/devhost.md). */
    public static final Set<String> GLOBAL = Set.of(
            "java.lang.String#length()", "java.lang.String#isEmpty()", "java.lang.String#equals(java.lang.Object)",
            "java.lang.String#toString()",
            "java.lang.Integer#intValue()", "java.lang.Integer#toString()",
            "java.lang.Long#longValue()", "java.lang.Long#toString()",
            "java.lang.Boolean#booleanValue()",
            "java.util.Collection#size()", "java.util.Collection#isEmpty()",
            "java.util.List#get(int)",
            "java.util.Map#get(java.lang.Object)", "java.util.Map#containsKey(java.lang.Object)",
            "java.util.Map#isEmpty()",
            "io.github.clientbudgets.devhost.web.WebResources$HostWebResourceManager#requireResource(java.lang.String)",
            "io.github.clientbudgets.devhost.web.WebResources$HostWebResourceManager#requireResourcesForContext(java.lang.String)");
    private final Set<String> methods;

    public VelocityAllowlist(Set<String> methods) {
        this.methods = methods.stream().map(VelocityAllowlist::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public static VelocityAllowlist of(PluginDescriptor descriptor) {
        Set<String> entries = new HashSet<>();
        for (PluginDescriptor.Module module : descriptor.modules("velocity-allowlist")) {
            for (String entry : module.childTexts("method")) {
                // "Plugins can only define allowlist entries for their own classes" (Atlassian's allowlist docs):
                // an entry for a JDK or platform class would pass here and be ignored in Jira, so it stops the start
                if (normalize(entry).matches("^(java|javax|jakarta|com\\.atlassian|org|sun)\\..*")) {
                    throw new PluginDescriptor.DescriptorException("module " + module + ": '" + entry
                            + "' is not the plugin's class; plugins may allowlist only their own classes");
                }
                entries.add(entry);
            }
        }
        return new VelocityAllowlist(entries);
    }

    static String normalize(String entry) {
        return entry.replaceAll("\\s+", "");
    }

    public static String signature(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    public boolean allows(Class<?> called, Method method) {
        if (method.getName().equals("getClass") && method.getParameterCount() == 0) {
            return false;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(called);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            String signature = signature(type, method);
            if (methods.contains(signature) || GLOBAL.contains(signature)) {
                return true;
            }
            if (type.getSuperclass() != null) {
                todo.add(type.getSuperclass());
            }
            todo.addAll(Arrays.asList(type.getInterfaces()));
        }
        return false;
    }

    /** A template called a method that is not allowlisted: rendering fails, as in Jira 10.5+. */
    public static final class NotAllowlistedException extends RuntimeException {
        public NotAllowlistedException(String message) {
            super(message);
        }
    }
}
