package com.atlassian.cache;

/** Stand-in. Source: [C DEC atlassian-cache-api-6.0.2]: @Internal, extends CacheFactory. */
public interface CacheManager extends CacheFactory {
}
