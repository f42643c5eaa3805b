package io.github.clientbudgets.devhost.ao;

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
import java.util.Locale;

/**
 * Jira's Active Objects naming: tables are {@code AO_<hash>_<TABLE>} where hash is the last six hex digits of
 * the MD5 of the plugin key, upper-cased (checked against known Jira tables: GreenHopper's
 * {@code com.pyxis.greenhopper.jira} gives AO_60DB71, the Bitbucket connector's AO_E8B6CC). Columns, indexes,
 * sequences and triggers use AO's own Atlassian converters, which the AO plugin uses too.
 */
public final class JiraAoNaming {
    private JiraAoNaming() {
    }

    public static String tablePrefix(String pluginKey) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The six converters Jira's AO plugin gives an entity manager for the given plugin key. */
    public static NameConverters of(String pluginKey) {
        String prefix = tablePrefix(pluginKey);
        TablePrefix tablePrefix = name -> prefix + "_" + name;
        return new SimpleNameConverters(new AtlassianTableNameConverter(tablePrefix), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
    }
}
