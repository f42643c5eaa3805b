package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Stand-in. Source: [C DEC sal-api-5.1.4]. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(java.util.Locale locale, String key, Serializable... arguments);
}
