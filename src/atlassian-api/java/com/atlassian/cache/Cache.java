package com.atlassian.cache;

/** Stand-in. Source: [C DEC atlassian-cache-api-6.0.2]. */
public interface Cache<K, V> {
    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}
