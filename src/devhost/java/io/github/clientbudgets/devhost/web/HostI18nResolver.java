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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * SAL's I18nResolver over the descriptor's {@code <resource type="i18n" location="i18n/x">} bundles
 * ({@code i18n/x.properties} on the plugin class path, read as UTF-8 as Jira 10 does), in the language of the current
 * user, as Jira's resolver answers in the logged-in user's locale: {@code x_de_DE.properties}, then
 * {@code x_de.properties}, then {@code x.properties}, key by key (ResourceBundle's fallback). Every text goes through
 * {@link MessageFormat} in that locale (so {@code ''} is one apostrophe), as in Jira; an unknown key answers the key
 * itself.
 */
public final class HostI18nResolver implements I18nResolver {
    private static final ResourceBundle.Control FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private final List<String> bundles = new ArrayList<>();
    private final ClassLoader loader;
    private final Supplier<Locale> currentLocale;
    private final Map<String, String> base;
    private final Map<Locale, Map<String, String>> byLocale = new ConcurrentHashMap<>();

    /** Texts in {@code currentLocale}'s language: the language of the request's user, else the default. */
    public HostI18nResolver(PluginDescriptor descriptor, ClassLoader loader, Supplier<Locale> currentLocale) {
        this.loader = loader;
        this.currentLocale = currentLocale;
        for (PluginDescriptor.Module module : descriptor.modules("resource")) {
            if (!"i18n".equals(module.attribute("type"))) {
                continue;
            }
            String bundle = module.attribute("location").contains("/") ? module.attribute("location")
                    : module.attribute("location").replace('.', '/');
            if (loader.getResource(bundle + ".properties") == null) {
                throw new PluginDescriptor.DescriptorException("<resource type=\"i18n\" location=\""
                        + module.attribute("location") + "\">: " + bundle + ".properties is not on the plugin class path");
            }
            bundles.add(bundle);
        }
        base = texts(Locale.ROOT);
    }

    /** Texts in the default language only. */
    public HostI18nResolver(PluginDescriptor descriptor, ClassLoader loader) {
        this(descriptor, loader, () -> Locale.ROOT);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(currentLocale.get(), key, arguments);
    }

    /** In the language given (a mail to someone else, in his language), as Jira's resolver answers it. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = texts(locale).get(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale == Locale.ROOT ? Locale.ENGLISH : locale)
                .format(arguments == null ? new Object[0] : arguments);
    }

    public boolean has(String key) {
        return base.containsKey(key);
    }

    /** The texts of {@code locale}: each key from the most specific file that has it. */
    private Map<String, String> texts(Locale locale) {
        return byLocale.computeIfAbsent(locale == null ? Locale.ROOT : locale, l -> {
            List<Locale> candidates = new ArrayList<>(FALLBACK.getCandidateLocales("", l));
            java.util.Collections.reverse(candidates); // ROOT first, the most specific last
            Map<String, String> texts = new LinkedHashMap<>();
            for (String bundle : bundles) {
                for (Locale candidate : candidates) {
                    String suffix = candidate.toString().isEmpty() ? "" : "_" + candidate;
                    read(bundle + suffix + ".properties", texts);
                }
            }
            return Map.copyOf(texts);
        });
    }

    private void read(String file, Map<String, String> into) {
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.stringPropertyNames().forEach(k -> into.put(k, properties.getProperty(k)));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
