package com.atlassian.audit.entity;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public class AuditResource {
    private final String name;
    private final String type;
    private final String id;
    private final String uri;

    private AuditResource(String name, String type, String id, String uri) {
        this.name = name;
        this.type = type;
        this.id = id;
        this.uri = uri;
    }

    public static Builder builder(String name, String type) {
        return new Builder(name, type);
    }

    public static class Builder {
        private final String name;
        private final String type;
        private String id;
        private String uri;

        private Builder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public Builder id(String id) { this.id = id; return this; }

        public Builder uri(String uri) { this.uri = uri; return this; }

        public AuditResource build() { return new AuditResource(name, type, id, uri); }
    }
}
