package com.atlassian.event.api;

/** Stand-in. Source: [C DEC atlassian-event-5.0.2]. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
