package io.github.clientbudgets.devhost.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

/**
 * An Ed25519 key and its self-signed certificate made with the JDK's keytool, as UPM's signing guide makes them with
 * openssl; signs files as {@code openssl pkeyutl -sign -rawin} + Base64 does.
 */
public final class SigningKeys {
    private final PrivateKey key;
    /** The certificate as PEM, for a trust store folder. */
    public final String certificatePem;

    private SigningKeys(PrivateKey key, String certificatePem) {
        this.key = key;
        this.certificatePem = certificatePem;
    }

    public static SigningKeys create(Path dir, String name) throws Exception {
        Path store = dir.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-keyalg", "Ed25519", "-alias", name, "-dname", "CN=" + name, "-validity", "30",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit"));
        Path pem = dir.resolve(name + ".pem");
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", name, "-keystore", store.toString(), "-storepass", "changeit",
                "-file", pem.toString()));
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        return new SigningKeys((PrivateKey) keyStore.getKey(name, "changeit".toCharArray()), Files.readString(pem));
    }

    /** Base64 of the Ed25519 signature over the file's raw bytes. */
    public String sign(Path file) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(Files.readAllBytes(file));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    /** Writes the certificate into {@code truststore/<name>.pem}. */
    public void trustIn(Path truststore, String name) throws Exception {
        Files.createDirectories(truststore);
        Files.writeString(truststore.resolve(name + ".pem"), certificatePem);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
    }
}
