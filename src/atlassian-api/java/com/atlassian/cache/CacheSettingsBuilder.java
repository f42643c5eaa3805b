package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Stand-in. Source: ATLASSIAN-API.md [C DEC atlassian-cache-api-6.0.2]: public constructor, fluent methods that
 * return the builder, build(). The fields it keeps are the dev host's way to read the settings
 * ({@link HostView}); the plugin never touches them.
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
        return new HostView(expireAfterAccessMillis, expireAfterWriteMillis, maxEntries, local);
    }

    /** What the dev host reads from built settings (not part of Atlassian's API). */
    public record HostView(Long expireAfterAccessMillis, Long expireAfterWriteMillis, Integer maxEntries,
                           boolean local) implements CacheSettings {
    }
}
