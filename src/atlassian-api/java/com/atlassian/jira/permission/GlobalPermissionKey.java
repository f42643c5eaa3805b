package com.atlassian.jira.permission;

import java.util.Objects;

/** Stand-in. Source: [C J63]: final class with object constants, getKey() and of(String). */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");
    public static final GlobalPermissionKey USER_PICKER = new GlobalPermissionKey("USER_PICKER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(Objects.requireNonNull(key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey && ((GlobalPermissionKey) o).key.equals(key);
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
