package com.atlassian.jira.component;

/**
 * Stand-in. Source: ATLASSIAN-API.md [C J63 component/ComponentAccessor.java; COMPAT 8-11]: {@code @PublicApi public
 * class ComponentAccessor}, {@code static <T> T getOSGiComponentInstanceOfType(Class<T> c)}. Only what the code
 * calls. Here (dev host, tests) no OSGi component is found: the answer is null, as in a Jira without the app that
 * exports it.
 */
public class ComponentAccessor {
    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        return null;
    }
}
