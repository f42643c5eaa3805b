package com.atlassian.beehive;

/** Stand-in. Source: [C DEC beehive-api-5.0.1]. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
