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
 * Jira 10's Velocity method allowlist: a template may call a method only when it is listed as
 * {@code fully.qualified.Class#method(param.Type,...)} in the plugin's {@code <velocity-allowlist>} (on the class
 * it is called on or one of its super-types), or on the host's global list. The global list here is a
 * simplification of Jira's: {@code java.lang} value types ({@code String}, boxed numbers, {@code Boolean}),
 * {@code java.util} collections and the host's own context objects ({@code $webResourceManager}); never
 * {@code getClass()}.
 */
public final class VelocityAllowlist {
    private static final Set<Class<?>> GLOBAL_CLASSES = Set.of(String.class, Integer.class, Long.class, Double.class,
            Float.class, Short.class, Byte.class, Boolean.class, Character.class, Number.class, Enum.class,
            java.math.BigDecimal.class, java.math.BigInteger.class);
    private final Set<String> methods;

    public VelocityAllowlist(Set<String> methods) {
        this.methods = methods.stream().map(VelocityAllowlist::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public static VelocityAllowlist of(PluginDescriptor descriptor) {
        Set<String> entries = new HashSet<>();
        for (PluginDescriptor.Module module : descriptor.modules("velocity-allowlist")) {
            entries.addAll(module.childTexts("method"));
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
        Class<?> declaring = method.getDeclaringClass();
        if (GLOBAL_CLASSES.contains(declaring) || declaring.getName().startsWith("java.util.")
                || declaring.getName().startsWith("io.github.clientbudgets.devhost.")
                || declaring == Object.class && (method.getName().equals("toString") || method.getName().equals("equals"))) {
            return true;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(called);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            if (methods.contains(signature(type, method))) {
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
