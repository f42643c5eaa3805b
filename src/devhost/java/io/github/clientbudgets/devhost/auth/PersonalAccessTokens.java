package io.github.clientbudgets.devhost.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Jira's personal access tokens ({@code Authorization: Bearer <token>}, Jira 8.14 and later; on Jira 11, where HTTP
 * Basic is off by default, the way scripts call REST). Jira makes a random token per user on request; the host gives
 * every user one fixed token derived from the user name (44 characters, as Jira's), printed at start-up, so that
 * scripts and tests need no set-up step. A dev-host convenience, as the demo passwords are.
 */
public final class PersonalAccessTokens {
    private PersonalAccessTokens() {
    }

    public static String tokenOf(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512")
                    .digest(("client-budgets-devhost-pat:" + username).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 33));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of an {@code Authorization} header with the user's token. */
    public static String bearer(String username) {
        return "Bearer " + tokenOf(username);
    }
}
