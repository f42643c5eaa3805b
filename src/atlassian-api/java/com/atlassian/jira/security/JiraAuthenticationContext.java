package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Stand-in. Source: [U many plugins; COMPAT]: 7+ returns ApplicationUser. {@code Locale getLocale()}: [C J63
 * security/JiraAuthenticationContext.java] ("the user's locale, or the default system locale": the logged-in
 * user's own language setting, else the instance's default language); [U] Jira 7+ plugins call
 * {@code authenticationContext.getLocale().toLanguageTag()} and {@code NumberFormat.getInstance(
 * authenticationContext.getLocale())}.
 */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();
}
