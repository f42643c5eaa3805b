package com.atlassian.audit.entity;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public class AuditAttribute {
    private final String name;
    private final String value;

    public AuditAttribute(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
