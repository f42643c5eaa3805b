package com.atlassian.cache;

/** Stand-in. Source: [C DEC atlassian-cache-api-6.0.2]. */
public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
