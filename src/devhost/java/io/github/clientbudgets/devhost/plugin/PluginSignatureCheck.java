package io.github.clientbudgets.devhost.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * UPM 8's app signature check (on by default from Jira 11): the trust store folder ({@code upmconfig/truststore/})
 * holds PEM certificates; an app is installed only when its signature, Base64 of an Ed25519 signature over the
 * jar's raw bytes ({@code openssl pkeyutl -sign -rawin -in app.jar}), verifies with one of them. UPM's off switch
 * {@code -Datlassian.upm.signature.check.disabled=true} works here too. Expired certificates are not trusted
 * (what UPM does with them is unconfirmed; refusing is the stricter choice).
 */
public final class PluginSignatureCheck {
    public static final String DISABLED_PROPERTY = "atlassian.upm.signature.check.disabled";

    private PluginSignatureCheck() {
    }

    /** Refuses (throws) unless the jar's signature verifies with a certificate of the trust store. */
    public static void check(Path jar, Path signatureFile, Path truststore) {
        if (Boolean.getBoolean(DISABLED_PROPERTY)) {
            return;
        }
        List<X509Certificate> certificates = certificates(truststore);
        if (certificates.isEmpty()) {
            throw refused(jar, "the trust store " + truststore + " holds no certificate (*.pem, *.crt)");
        }
        if (!Files.isRegularFile(signatureFile)) {
            throw refused(jar, "it is not signed (no " + signatureFile.getFileName() + ")");
        }
        byte[] signature;
        byte[] content;
        try {
            signature = Base64.getMimeDecoder().decode(Files.readString(signatureFile, StandardCharsets.US_ASCII).trim());
            content = Files.readAllBytes(jar);
        } catch (IOException | IllegalArgumentException e) {
            throw refused(jar, "its signature cannot be read: " + e.getMessage());
        }
        for (X509Certificate certificate : certificates) {
            try {
                certificate.checkValidity();
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(certificate.getPublicKey());
                verifier.update(content);
                if (verifier.verify(signature)) {
                    return;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not an Ed25519 certificate, expired, or a malformed signature: the next certificate may verify
            }
        }
        throw refused(jar, "its signature does not verify with any certificate in " + truststore);
    }

    private static List<X509Certificate> certificates(Path truststore) {
        List<X509Certificate> result = new ArrayList<>();
        if (!Files.isDirectory(truststore)) {
            return result;
        }
        try (Stream<Path> files = Files.list(truststore)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!(name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer"))) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (var certificate : factory.generateCertificates(in)) {
                        result.add((X509Certificate) certificate);
                    }
                } catch (GeneralSecurityException e) {
                    throw new PluginDescriptor.DescriptorException("the trust store file " + file + " is no PEM certificate: "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new PluginDescriptor.DescriptorException("the trust store " + truststore + " cannot be read: " + e.getMessage(), e);
        }
        return result;
    }

    private static PluginDescriptor.DescriptorException refused(Path jar, String why) {
        return new PluginDescriptor.DescriptorException("UPM would refuse " + jar.getFileName() + ": " + why
                + " (-D" + DISABLED_PROPERTY + "=true turns the check off)");
    }
}
