package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed tokens of the unsubscribe links in client mails: a token names a user and a budget and carries an
 * HMAC-SHA256 of both under this installation's secret, so only the app can make one and nobody can change the user
 * or the budget of one he holds. The secret is kept in the database ({@link AppSecretEntity}), made on first use;
 * when two nodes make it at once the first stored wins and both use it. A token is
 * {@code base64url(userKey).budgetId.base64url(mac)}; anything else, or a wrong mac (compared in constant time), is
 * no token. The unsubscribe form's own token is a second HMAC of the link's token, so a form posted from anywhere
 * but the confirm page (which only the link's holder can open) is refused.
 */
public class UnsubscribeTokens {
    static final String SECRET_NAME = "unsubscribe-hmac-sha256";
    /** Longer tokens are refused unread: a user key is at most 255 characters. */
    static final int MAX_LENGTH = 1024;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private final Supplier<byte[]> secret;
    /** The secret once read: it never changes once stored, so every node may keep it. */
    private volatile byte[] key;

    public UnsubscribeTokens(ActiveObjects ao) {
        this(() -> storedSecret(ao));
    }

    UnsubscribeTokens(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    /** Whom and which budget a valid token names. */
    public record Subject(String userKey, long budgetId) {
    }

    public String sign(String userKey, long budgetId) {
        if (userKey == null || userKey.isEmpty() || budgetId <= 0) {
            throw new IllegalArgumentException("a token names a user and a budget");
        }
        String user = ENCODER.encodeToString(userKey.getBytes(StandardCharsets.UTF_8));
        return user + "." + budgetId + "." + ENCODER.encodeToString(mac("unsubscribe\n" + userKey + "\n" + budgetId));
    }

    /** What the token names, if the app signed it; empty for anything else. */
    public Optional<Subject> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        String userKey;
        byte[] given;
        try {
            userKey = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            given = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        long budgetId = Long.parseLong(parts[1]);
        if (userKey.isEmpty() || userKey.length() > 255) {
            return Optional.empty();
        }
        byte[] expected = mac("unsubscribe\n" + userKey + "\n" + budgetId);
        return MessageDigest.isEqual(expected, given) ? Optional.of(new Subject(userKey, budgetId)) : Optional.empty();
    }

    /** The confirm form's token for a link's token. */
    public String formToken(String token) {
        return ENCODER.encodeToString(mac("unsubscribe-form\n" + token));
    }

    public boolean formTokenMatches(String token, String formToken) {
        if (token == null || formToken == null || formToken.length() > MAX_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(formToken(token).getBytes(StandardCharsets.US_ASCII),
                formToken.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = secret.get();
            key = known;
        }
        return known;
    }

    /** The stored secret, made (32 random bytes) if there is none yet; the first one stored wins. */
    private static byte[] storedSecret(ActiveObjects ao) {
        Optional<String> stored = read(ao);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                ao.executeInTransaction(() -> ao.create(AppSecretEntity.class,
                        new DBParam(AppSecretEntity.NAME, SECRET_NAME),
                        new DBParam(AppSecretEntity.SECRET, Base64.getEncoder().encodeToString(fresh))));
            } catch (RuntimeException anotherNodeWasFirst) {
                // the unique name refused ours: the other node's secret is read below
            }
            stored = read(ao);
        }
        return Base64.getDecoder().decode(stored.orElseThrow(() -> new IllegalStateException("no secret stored")));
    }

    private static Optional<String> read(ActiveObjects ao) {
        AppSecretEntity[] rows = ao.find(AppSecretEntity.class, Query.select().where(AppSecretEntity.NAME + " = ?", SECRET_NAME));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getSecret());
    }
}
