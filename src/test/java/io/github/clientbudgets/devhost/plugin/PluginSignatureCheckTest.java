package io.github.clientbudgets.devhost.plugin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UPM 8's signature check as the host does it: a trusted Ed25519 signature over the raw jar, or no install. */
class PluginSignatureCheckTest {
    @TempDir
    static Path dir;
    static SigningKeys trusted;
    static SigningKeys stranger;
    static Path truststore;
    static Path jar;

    @BeforeAll
    static void keys() throws Exception {
        trusted = SigningKeys.create(dir, "vendor");
        stranger = SigningKeys.create(dir, "stranger");
        truststore = dir.resolve("upmconfig/truststore");
        trusted.trustIn(truststore, "vendor");
        jar = dir.resolve("app.jar");
        Files.write(jar, "PK not really a jar, the check reads raw bytes".getBytes());
    }

    private static Path signature(String name, String base64) throws Exception {
        return Files.writeString(dir.resolve(name), base64);
    }

    @Test
    void a_jar_signed_by_a_trusted_certificate_is_accepted() throws Exception {
        assertDoesNotThrow(() -> PluginSignatureCheck.check(jar, signature("good.sig", trusted.sign(jar)), truststore));
    }

    @Test
    void an_unsigned_jar_is_refused() {
        var e = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> PluginSignatureCheck.check(jar, dir.resolve("missing.sig"), truststore));
        assertTrue(e.getMessage().contains("UPM would refuse app.jar: it is not signed"), e.getMessage());
    }

    @Test
    void a_signature_by_an_untrusted_key_is_refused() throws Exception {
        Path sig = signature("stranger.sig", stranger.sign(jar));
        var e = assertThrows(PluginDescriptor.DescriptorException.class, () -> PluginSignatureCheck.check(jar, sig, truststore));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
    }

    @Test
    void a_jar_changed_after_signing_is_refused() throws Exception {
        Path copy = dir.resolve("changed.jar");
        Files.write(copy, Files.readAllBytes(jar));
        Path sig = signature("changed.sig", trusted.sign(copy));
        Files.writeString(copy, "one more byte", java.nio.file.StandardOpenOption.APPEND);
        assertThrows(PluginDescriptor.DescriptorException.class, () -> PluginSignatureCheck.check(copy, sig, truststore));
    }

    @Test
    void garbage_as_signature_and_an_empty_trust_store_are_refused() throws Exception {
        Path garbage = signature("garbage.sig", "not base64 at all!");
        assertThrows(PluginDescriptor.DescriptorException.class, () -> PluginSignatureCheck.check(jar, garbage, truststore));
        Path empty = Files.createDirectories(dir.resolve("empty-truststore"));
        Path good = signature("good2.sig", trusted.sign(jar));
        var e = assertThrows(PluginDescriptor.DescriptorException.class, () -> PluginSignatureCheck.check(jar, good, empty));
        assertTrue(e.getMessage().contains("holds no certificate"), e.getMessage());
    }

    @Test
    void upms_off_switch_turns_the_check_off() {
        System.setProperty(PluginSignatureCheck.DISABLED_PROPERTY, "true");
        try {
            assertDoesNotThrow(() -> PluginSignatureCheck.check(jar, dir.resolve("missing.sig"), truststore));
        } finally {
            System.clearProperty(PluginSignatureCheck.DISABLED_PROPERTY);
        }
    }
}
