package com.atlassian.sal.api.user;

/** Stand-in. Source: [C DEC sal-api-5.1.4]. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
