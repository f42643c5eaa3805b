package io.github.clientbudgets.i18n;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;

/**
 * The plugin's i18n bundle: templates see it as {@code $text.get("key")}, REST resources and the error mapper use it
 * for their messages. A class of ours, so the Velocity allowlist (Jira 10+) names only our own methods; outside
 * {@code web}, so REST and admin need nothing from the web edge.
 */
public final class I18nText {
    private final I18nResolver i18n;

    public I18nText(I18nResolver i18n) {
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
