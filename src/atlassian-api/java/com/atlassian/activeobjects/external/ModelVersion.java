package com.atlassian.activeobjects.external;

/**
 * Stand-in. Source: activeobjects-plugin {@code com/atlassian/activeobjects/external/ModelVersion.java} as stored in
 * the public code index (a final class, Comparable, private int constructor, static {@code valueOf(String)} where
 * null means 0, {@code toString()} the number); usage {@code ModelVersion.valueOf("11")} confirmed in public upgrade
 * tasks (kadzielawa/teamer-plugin-jira). Only the members the plugin calls.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
