package io.github.clientbudgets.testing;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.i18n.I18nText;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** {@link I18nText} over the real bundle, formatted as Jira does (MessageFormat); a missing key fails loudly. */
public final class BundleText {
    private BundleText() {
    }

    public static I18nText create() {
        Properties bundle = new Properties();
        try (InputStream in = BundleText.class.getResourceAsStream("/i18n/client-budgets.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new I18nText(new I18nResolver() {
            @Override
            public String getText(String key) {
                return getText(key, new Serializable[0]);
            }

            @Override
            public String getText(java.util.Locale locale, String key, Serializable... arguments) {
                return getText(key, arguments);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                String pattern = bundle.getProperty(key);
                if (pattern == null) {
                    throw new IllegalStateException("i18n key missing from the bundle: " + key);
                }
                return MessageFormat.format(pattern, (Object[]) arguments);
            }
        });
    }
}
