package io.github.clientbudgets.devhost.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * SAL's I18nResolver over the descriptor's {@code <resource type="i18n" location="i18n/x">} bundles
 * ({@code i18n/x.properties} on the plugin class path, read as UTF-8 as Jira 10 does). Every text goes through
 * {@link MessageFormat} (so {@code ''} is one apostrophe), as in Jira; an unknown key answers the key itself.
 */
public final class HostI18nResolver implements I18nResolver {
    private final Map<String, String> texts = new LinkedHashMap<>();

    public HostI18nResolver(PluginDescriptor descriptor, ClassLoader loader) {
        for (PluginDescriptor.Module module : descriptor.modules("resource")) {
            if (!"i18n".equals(module.attribute("type"))) {
                continue;
            }
            String file = module.attribute("location").replace('.', '/') + ".properties";
            if (module.attribute("location").contains("/")) {
                file = module.attribute("location") + ".properties";
            }
            try (InputStream in = loader.getResourceAsStream(file)) {
                if (in == null) {
                    throw new PluginDescriptor.DescriptorException("<resource type=\"i18n\" location=\""
                            + module.attribute("location") + "\">: " + file + " is not on the plugin class path");
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }
}
