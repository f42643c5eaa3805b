package io.github.clientbudgets.devhost.jsm;

import com.atlassian.jira.component.ComponentAccessor;
import io.github.clientbudgets.devhost.HostComponents;

/**
 * Jira's {@code ComponentAccessor} worker, installed at start as Jira installs its own: plugin code that looks an
 * OSGi service up statically ({@code getOSGiComponentInstanceOfType}, how the app finds optional JSM services)
 * gets the host's. Several hosts may run in one JVM (cluster tests): a request is answered from the host that
 * serves it ({@link #enter}), anything else from the host started last.
 */
public final class HostComponentAccessor implements ComponentAccessor.Worker {
    private static final HostComponentAccessor INSTANCE = new HostComponentAccessor();
    private static final ThreadLocal<HostComponents> CURRENT = new ThreadLocal<>();
    private static volatile HostComponents latest;

    private HostComponentAccessor() {
    }

    public static synchronized void install(HostComponents components) {
        latest = components;
        ComponentAccessor.initialiseWorker(INSTANCE);
    }

    public static synchronized void uninstall(HostComponents components) {
        if (latest == components) {
            latest = null;
        }
    }

    /** This thread now serves a request of the host with these components (until {@link #leave}). */
    public static void enter(HostComponents components) {
        CURRENT.set(components);
    }

    public static void leave() {
        CURRENT.remove();
    }

    private static HostComponents components() {
        HostComponents current = CURRENT.get();
        return current != null ? current : latest;
    }

    @Override
    public <T> T getComponent(Class<T> componentClass) {
        return getOSGiComponentInstanceOfType(componentClass);
    }

    @Override
    public <T> T getComponentOfType(Class<T> componentClass) {
        return getOSGiComponentInstanceOfType(componentClass);
    }

    @Override
    public <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        HostComponents components = components();
        return components == null ? null : components.find(componentClass).orElse(null);
    }
}
