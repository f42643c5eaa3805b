package com.atlassian.activeobjects.external;

/**
 * Stand-in. Source: activeobjects-plugin {@code com/atlassian/activeobjects/external/ModelVersion.java} as stored in
 * the public code index (a final class, Comparable, private int constructor, static {@code valueOf(String)} where
 * null means 0, {@code toString()} the number); usage {@code ModelVersion.valueOf("11")} confirmed in public upgrade
 * tasks (kadzielawa/teamer-plugin-jira); {@code isOlderThan}, {@code isNewerThan}, {@code isSame} as in the
 * decompiled activeobjects-plugin 5.x class (compareTo of the numbers). No equals/hashCode, as there.
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

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
