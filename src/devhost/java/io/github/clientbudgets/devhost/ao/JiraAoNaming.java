package io.github.clientbudgets.devhost.ao;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.NameConverters;
import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Jira's Active Objects naming: tables are {@code AO_<hash>_<TABLE>} where hash is the last six hex digits of the
 * MD5 of the {@code <ao>} module's namespace, upper-cased (checked against known Jira tables: GreenHopper's
 * {@code com.pyxis.greenhopper.jira} gives AO_60DB71, the Bitbucket connector's AO_E8B6CC). Columns, indexes,
 * sequences and triggers use AO's own Atlassian converters, which the AO plugin uses too.
 */
public final class JiraAoNaming {
    private JiraAoNaming() {
    }

    /**
     * The namespace the tables hang on, taken as Jira's AO plugin takes it: the {@code namespace} attribute of the
     * plugin's one {@code <ao>} module, as written (not trimmed); absent or blank, the bundle's symbolic name, which
     * is the plugin key. Jira refuses a plugin with more than one {@code <ao>} module, and one without any gets no
     * Active Objects: both fail here.
     */
    public static String namespace(PluginDescriptor descriptor) {
        return namespace(aoModule(descriptor), descriptor.key());
    }

    static String namespace(PluginDescriptor.Module ao, String bundleSymbolicName) {
        String custom = ao.attribute("namespace");
        return custom == null || custom.isBlank() ? bundleSymbolicName : custom;
    }

    /** The plugin's one {@code <ao>} module. */
    public static PluginDescriptor.Module aoModule(PluginDescriptor descriptor) {
        List<PluginDescriptor.Module> modules = descriptor.modules("ao");
        if (modules.size() > 1) {
            throw new PluginDescriptor.DescriptorException("Found multiple active objects configurations for bundle "
                    + descriptor.key() + ". Only one active objects module descriptor (ao) allowed per plugin!");
        }
        if (modules.isEmpty()) {
            throw new PluginDescriptor.DescriptorException("the plugin has no <ao> module: Jira gives it no Active Objects");
        }
        return modules.get(0);
    }

    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ENGLISH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The six converters Jira's AO plugin gives an entity manager for the given namespace. */
    public static NameConverters of(String namespace) {
        String prefix = tablePrefix(namespace);
        TablePrefix tablePrefix = name -> prefix + "_" + name;
        return new SimpleNameConverters(new AtlassianTableNameConverter(tablePrefix), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
    }
}
