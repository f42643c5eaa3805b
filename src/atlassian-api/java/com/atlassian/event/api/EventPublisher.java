package com.atlassian.event.api;

/** Stand-in. Source: [C DEC atlassian-event-5.0.2]. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
