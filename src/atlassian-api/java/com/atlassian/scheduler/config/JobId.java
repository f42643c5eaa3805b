package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0]: value class, {@code of(String)}. */
public final class JobId implements Serializable, Comparable<JobId> {
    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId && ((JobId) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
