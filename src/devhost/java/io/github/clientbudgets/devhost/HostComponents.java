package io.github.clientbudgets.devhost;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host's services, by the interface a plugin asks for: what Jira exports as OSGi services. The plugin's
 * {@code <osgi:reference interface="...">} elements are resolved here, and nowhere else.
 */
public final class HostComponents {
    private final Map<Class<?>, Object> components = new LinkedHashMap<>();

    public synchronized <T> HostComponents register(Class<T> type, T implementation) {
        if (!type.isInstance(implementation)) {
            throw new IllegalArgumentException(implementation + " is not a " + type.getName());
        }
        if (components.putIfAbsent(type, implementation) != null) {
            throw new IllegalStateException(type.getName() + " is registered twice");
        }
        return this;
    }

    public synchronized <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(components.get(type)));
    }

    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException(
                "the dev host exports no service " + type.getName() + " (Jira would leave the plugin disabled)"));
    }

    public synchronized Map<Class<?>, Object> all() {
        return Map.copyOf(components);
    }
}
