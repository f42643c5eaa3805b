package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4]: a final class, a public constructor and
 * getStringValue(). Value equality as in the real class, so the dev host and tests can compare keys.
 */
public final class UserKey implements Serializable {
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
