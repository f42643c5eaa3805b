package com.atlassian.plugin;

/** Stand-in. Unchecked (a RuntimeException), as in Atlassian's plugins framework: callers need no throws clause. */
public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }
}
