package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Stand-in: only what the plugin calls. Source: [C J63 config/LocaleManager.java: {@code @PublicApi}, since 4.0,
 * already on {@code ApplicationUser}].
 */
public interface LocaleManager {
    Locale getLocaleFor(ApplicationUser user);
}
