package com.atlassian.audit.entity;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public class ChangedValue {
    private final String key;
    private final String from;
    private final String to;

    public ChangedValue(String key, String from, String to) {
        this.key = key;
        this.from = from;
        this.to = to;
    }
}
