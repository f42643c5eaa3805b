package io.github.clientbudgets.devhost.platform;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A minimal, synchronous {@link EventPublisher}: a registered object's public methods annotated
 * {@link EventListener} with one parameter receive every published event assignable to that parameter, in the
 * publishing thread. A failing listener is logged and the others still run, as in atlassian-event. Small and
 * replaceable: the dev host uses it only when no other EventPublisher is registered.
 */
public final class SimpleEventPublisher implements EventPublisher {
    private static final Logger LOG = Logger.getLogger(SimpleEventPublisher.class.getName());
    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (InvocationTargetException e) {
                        LOG.log(Level.SEVERE, "event listener " + method + " failed on " + event, e.getCause());
                    } catch (IllegalAccessException e) {
                        LOG.log(Level.SEVERE, "event listener " + method + " is not accessible", e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        boolean hasListenerMethod = false;
        for (Method method : listener.getClass().getMethods()) {
            hasListenerMethod |= method.isAnnotationPresent(EventListener.class);
        }
        if (!hasListenerMethod) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no @EventListener method");
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }
}
