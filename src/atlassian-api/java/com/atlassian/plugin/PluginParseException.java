package com.atlassian.plugin;

/** Stand-in. Source: ATLASSIAN-API.md "Stand-in pitfalls": unchecked. */
public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }
}
