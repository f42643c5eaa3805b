package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/** Stand-in. Source: [C DEC sal-api-5.1.4]. All answers may be null. */
public interface UserManager {
    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey key);

    boolean isSystemAdmin(UserKey key);

    boolean isAdmin(UserKey key);

    boolean isLicensed(UserKey key);
}
