package com.atlassian.jira.component;

/**
 * Stand-in. Source: [C J63 component/ComponentAccessor.java; COMPAT 8-11]: {@code @PublicApi public
 * class ComponentAccessor}, {@code static <T> T getOSGiComponentInstanceOfType(Class<T> c)}; and [C] Jira's source
 * (GitHub turgaycelik/mysource {@code jira-api/.../component/ComponentAccessor.java}): {@code @Internal public static
 * Worker initialiseWorker(Worker)} ("called during system bootstrap", answers the previous worker) and
 * {@code @Internal public static interface Worker} with {@code getComponent}, {@code getComponentOfType},
 * {@code getOSGiComponentInstanceOfType}. The plugin calls only {@code getOSGiComponentInstanceOfType}; the dev host
 * installs its worker as Jira does at start. Without a worker the answer here is null (Jira would throw; a Jira
 * always has one), as in a Jira without the app that exports the service.
 */
public class ComponentAccessor {
    private static volatile Worker worker;

    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        Worker current = worker;
        return current == null ? null : current.getOSGiComponentInstanceOfType(componentClass);
    }

    public static Worker initialiseWorker(Worker componentAccessorWorker) {
        Worker previous = worker;
        worker = componentAccessorWorker;
        return previous;
    }

    public interface Worker {
        <T> T getComponent(Class<T> componentClass);

        <T> T getComponentOfType(Class<T> componentClass);

        <T> T getOSGiComponentInstanceOfType(Class<T> componentClass);
    }
}
