package com.atlassian.jira.user;

/** Stand-in. Source: [C JD7 7.0.0]. The WithId/WithKey super-interfaces are left out (unused). */
public interface ApplicationUser extends java.security.Principal {
    String getKey();

    String getUsername();

    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();

    Long getId();
}
