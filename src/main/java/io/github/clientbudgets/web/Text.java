package io.github.clientbudgets.web;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;

/**
 * The i18n bundle as templates see it: {@code $text.get("key")}. A class of ours, so the Velocity allowlist
 * (Jira 10+) names only our own methods.
 */
public final class Text {
    private final I18nResolver i18n;

    public Text(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String get(String key) {
        return i18n.getText(key);
    }

    public String get(String key, Object argument) {
        return i18n.getText(key, String.valueOf(argument));
    }

    public String get(String key, Object first, Object second) {
        return i18n.getText(key, String.valueOf(first), String.valueOf(second));
    }

    /** For code that builds arguments itself. */
    public String format(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }
}
