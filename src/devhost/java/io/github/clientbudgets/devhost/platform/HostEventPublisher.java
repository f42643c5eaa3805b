package io.github.clientbudgets.devhost.platform;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's event bus as a plugin meets it: listeners are objects with {@code @EventListener} methods taking one
 * parameter; an event goes, synchronously, to every such method whose parameter type accepts it. An exception in a
 * listener is logged and never reaches whoever published the event (a worklog save must not fail because of us).
 */
public final class HostEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventPublisher.class);
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    private record Registration(Object listener, Method method) {
    }

    @Override
    public void register(Object listener) {
        List<Method> methods = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class)) {
                if (method.getParameterCount() != 1) {
                    throw new IllegalArgumentException("@EventListener method " + method + " must take exactly one event");
                }
                methods.add(method);
            }
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        unregister(listener);
        methods.forEach(m -> registrations.add(new Registration(listener, m)));
    }

    @Override
    public void unregister(Object listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        registrations.clear();
    }

    @Override
    public void publish(Object event) {
        for (Registration registration : registrations) {
            if (registration.method().getParameterTypes()[0].isInstance(event)) {
                try {
                    registration.method().invoke(registration.listener(), event);
                } catch (InvocationTargetException e) {
                    LOG.error("event listener {} failed on {}", registration.method(), event, e.getCause());
                } catch (IllegalAccessException | RuntimeException e) {
                    LOG.error("event listener {} could not be called with {}", registration.method(), event, e);
                }
            }
        }
    }

    public int listenerCount() {
        return registrations.size();
    }
}
