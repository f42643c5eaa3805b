package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0]: value class, {@code of(String)}. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey && ((JobRunnerKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
