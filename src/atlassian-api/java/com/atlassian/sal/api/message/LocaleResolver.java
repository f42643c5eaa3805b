package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4] {@code public interface LocaleResolver}: {@code Locale getLocale(@Nullable
 * UserKey)} (also {@code getLocale(HttpServletRequest)}, {@code getLocale()}, {@code getApplicationLocale()},
 * {@code getSupportedLocales()}, left out); Jira implements it as {@code JiraLocaleResolver} (Jira javadoc). Only
 * what the code calls.
 */
public interface LocaleResolver {
    Locale getLocale(UserKey userKey);
}
