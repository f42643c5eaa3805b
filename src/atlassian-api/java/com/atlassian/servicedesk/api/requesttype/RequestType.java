package com.atlassian.servicedesk.api.requesttype;

/**
 * Stand-in. Source [C]: JSM javadoc 3.7.1 ({@code public interface RequestType extends Serializable}: {@code int
 * getId()}, {@code String getName()}); [U] a JSM plugin's {@code requestTypes.get(0).getName()}. Only what the code
 * calls.
 */
public interface RequestType {
    int getId();

    String getName();
}
