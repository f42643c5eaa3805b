package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4]: {@code String getText(String)}, {@code getText(String, Serializable...)},
 * {@code getText(Locale, String, Serializable...)}. Only what the code calls.
 */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);
}
