package com.atlassian.cache;

/** Stand-in. Source: [C DEC atlassian-cache-api-6.0.2]: @PublicSpi; lambdas bind to load. */
public interface CacheLoader<K, V> {
    V load(K key);
}
