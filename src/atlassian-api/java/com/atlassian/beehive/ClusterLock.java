package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Stand-in. Source: [C DEC beehive-api-5.0.1]. */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();
}
