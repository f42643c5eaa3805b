package io.github.clientbudgets.devhost.auth;

import io.github.clientbudgets.devhost.jira.HostUser;

import java.util.function.Supplier;

/**
 * The user of the current request, set by the host's authentication filter for the duration of the request and
 * read by {@code JiraAuthenticationContext} and SAL's {@code UserManager}, as Jira does in its own thread-local.
 */
public final class CurrentUser {
    private static final ThreadLocal<HostUser> USER = new ThreadLocal<>();

    private CurrentUser() {
    }

    public static HostUser get() {
        return USER.get();
    }

    public static void set(HostUser user) {
        if (user == null) {
            USER.remove();
        } else {
            USER.set(user);
        }
    }

    /** Runs {@code work} as {@code user} (tests, demo data), restoring the previous user afterwards. */
    public static <T> T runAs(HostUser user, Supplier<T> work) {
        HostUser previous = USER.get();
        set(user);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }
}
