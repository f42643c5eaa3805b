package io.github.clientbudgets.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signing scripts in src/build/signing sign a jar the way UPM 8 (Jira 11) verifies it: Ed25519 over the jar's raw
 * bytes, Base64 in JAR.sig, checked against the X.509 certificate in the trust store. Java's Ed25519 does the check
 * here (the same PureEdDSA as {@code openssl pkeyutl -verify -rawin}), and the openssl check script must agree.
 */
class AppSigningTest {
    private static final Path SCRIPTS = Path.of("src/build/signing");

    @TempDir
    Path dir;

    @Test
    void aJarSignedByTheScriptVerifiesWithTheCertificateAndAChangedByteFails() throws Exception {
        Path keys = newKey("keys");
        Path jar = smallJar("app.jar");
        assertEquals(0, run("sign-jar.sh", jar, keys.resolve("app-signing.key")).exit);

        byte[] signature = signatureOf(jar);
        X509Certificate certificate = certificate(keys);
        byte[] bytes = Files.readAllBytes(jar);
        assertEquals(64, signature.length, "an Ed25519 signature is 64 bytes");
        assertTrue(verifies(certificate, bytes, signature));
        assertEquals(0, run("verify-jar.sh", jar, keys.resolve("app-signing.crt")).exit, "openssl agrees");

        bytes[bytes.length / 2] ^= 1;
        assertFalse(verifies(certificate, bytes, signature));
        Files.write(jar, bytes);
        assertNotEquals(0, run("verify-jar.sh", jar, keys.resolve("app-signing.crt")).exit, "openssl agrees");
    }

    @Test
    void anotherKeysCertificateDoesNotTrustTheJar() throws Exception {
        Path signer = newKey("signer");
        Path other = newKey("other");
        Path jar = smallJar("app.jar");
        run("sign-jar.sh", jar, signer.resolve("app-signing.key"));

        assertFalse(verifies(certificate(other), Files.readAllBytes(jar), signatureOf(jar)));
        assertNotEquals(0, run("verify-jar.sh", jar, other.resolve("app-signing.crt")).exit);
    }

    @Test
    void theCertificateIsASelfSignedEd25519OneForTheTrustStore() throws Exception {
        X509Certificate certificate = certificate(newKey("keys"));

        assertEquals("EdDSA", certificate.getPublicKey().getAlgorithm());
        assertEquals("Ed25519", certificate.getSigAlgName());
        certificate.verify(certificate.getPublicKey());
        certificate.checkValidity();
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=Client Budgets for Jira app signing"),
                certificate.getSubjectX500Principal().getName());
        String pem = Files.readString(dir.resolve("keys/app-signing.crt"));
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), "PEM, as upmconfig/truststore/ takes it");
    }

    @Test
    void theKeyScriptNeverOverwritesAKey() throws Exception {
        Path keys = newKey("keys");
        byte[] key = Files.readAllBytes(keys.resolve("app-signing.key"));

        Result again = run("new-signing-key.sh", keys);

        assertNotEquals(0, again.exit);
        assertTrue(again.output.contains("not overwriting"), again.output);
        assertArrayEquals(key, Files.readAllBytes(keys.resolve("app-signing.key")));
    }

    private Path newKey(String name) throws Exception {
        Path keys = dir.resolve(name);
        Result result = run("new-signing-key.sh", keys);
        assertEquals(0, result.exit, result.output);
        return keys;
    }

    private byte[] signatureOf(Path jar) throws IOException {
        String base64 = Files.readString(jar.resolveSibling(jar.getFileName() + ".sig"), StandardCharsets.US_ASCII);
        assertFalse(base64.contains("\n"), "one line of Base64");
        return Base64.getDecoder().decode(base64);
    }

    private static X509Certificate certificate(Path keys) throws Exception {
        try (InputStream in = Files.newInputStream(keys.resolve("app-signing.crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static boolean verifies(X509Certificate certificate, byte[] jar, byte[] signature)
            throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(certificate.getPublicKey());
        ed25519.update(jar);
        return ed25519.verify(signature);
    }

    private Path smallJar(String name) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, new Manifest())) {
            out.putNextEntry(new JarEntry("atlassian-plugin.xml"));
            out.write("<atlassian-plugin key=\"k\" plugins-version=\"2\"/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String script, Path... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        for (Path arg : args) {
            command.add(arg.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), script + " did not finish");
        return new Result(process.exitValue(), output);
    }
}
