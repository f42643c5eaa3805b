package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Stand-in. Source: [C DEC atlassian-cache-api-6.0.2]: public constructor, fluent methods that
 * return the builder, build(). The settings it builds keep private fields only: the dev host reads them by
 * reflection, so no unconfirmed getter is declared here for plugin code to lean on.
 */
public class CacheSettingsBuilder {
    private Long expireAfterAccessMillis;
    private Long expireAfterWriteMillis;
    private Integer maxEntries;
    private boolean local;

    public CacheSettingsBuilder() {
    }

    public CacheSettingsBuilder expireAfterAccess(long duration, TimeUnit unit) {
        expireAfterAccessMillis = unit.toMillis(duration);
        return this;
    }

    public CacheSettingsBuilder expireAfterWrite(long duration, TimeUnit unit) {
        expireAfterWriteMillis = unit.toMillis(duration);
        return this;
    }

    public CacheSettingsBuilder maxEntries(int entries) {
        maxEntries = entries;
        return this;
    }

    public CacheSettingsBuilder local() {
        local = true;
        return this;
    }

    public CacheSettingsBuilder remote() {
        local = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        return this;
    }

    public CacheSettings build() {
        return new Built(expireAfterAccessMillis, expireAfterWriteMillis, maxEntries, local);
    }

    private static final class Built implements CacheSettings {
        private final Long expireAfterAccessMillis;
        private final Long expireAfterWriteMillis;
        private final Integer maxEntries;
        private final boolean local;

        Built(Long expireAfterAccessMillis, Long expireAfterWriteMillis, Integer maxEntries, boolean local) {
            this.expireAfterAccessMillis = expireAfterAccessMillis;
            this.expireAfterWriteMillis = expireAfterWriteMillis;
            this.maxEntries = maxEntries;
            this.local = local;
        }
    }
}
