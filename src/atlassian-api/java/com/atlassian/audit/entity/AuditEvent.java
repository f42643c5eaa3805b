package com.atlassian.audit.entity;

import java.util.ArrayList;
import java.util.List;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public class AuditEvent {
    private final String action;
    private final String category;
    private final boolean i18nKeys;
    private final CoverageLevel level;
    private final CoverageArea area;
    private final List<AuditResource> affectedObjects;
    private final List<ChangedValue> changedValues;
    private final List<AuditAttribute> extraAttributes;

    private AuditEvent(Builder b) {
        this.action = b.action;
        this.category = b.category;
        this.i18nKeys = b.i18nKeys;
        this.level = b.level;
        this.area = b.area;
        this.affectedObjects = List.copyOf(b.affectedObjects);
        this.changedValues = List.copyOf(b.changedValues);
        this.extraAttributes = List.copyOf(b.extraAttributes);
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level, CoverageArea area) {
        return new Builder(actionI18nKey, categoryI18nKey, true, level).area(area);
    }

    public static Builder builder(String action, String category, CoverageLevel level) {
        return new Builder(action, category, false, level);
    }

    public static class Builder {
        private final String action;
        private final String category;
        private final boolean i18nKeys;
        private final CoverageLevel level;
        private CoverageArea area;
        private final List<AuditResource> affectedObjects = new ArrayList<>();
        private final List<ChangedValue> changedValues = new ArrayList<>();
        private final List<AuditAttribute> extraAttributes = new ArrayList<>();

        private Builder(String action, String category, boolean i18nKeys, CoverageLevel level) {
            this.action = action;
            this.category = category;
            this.i18nKeys = i18nKeys;
            this.level = level;
        }

        public Builder affectedObject(AuditResource resource) { affectedObjects.add(resource); return this; }

        public Builder changedValue(ChangedValue value) { changedValues.add(value); return this; }

        public Builder extraAttribute(AuditAttribute attribute) { extraAttributes.add(attribute); return this; }

        public Builder area(CoverageArea area) { this.area = area; return this; }

        public AuditEvent build() { return new AuditEvent(this); }
    }
}
