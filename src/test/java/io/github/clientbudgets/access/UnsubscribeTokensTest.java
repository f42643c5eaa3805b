package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.testing.AoTest;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unsubscribe tokens: what is signed verifies; a changed user, budget or mac, another secret, or junk does not. */
class UnsubscribeTokensTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(() -> "a secret of thirty-two bytes!!!!".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedTokenNamesItsUserAndBudget() {
        String token = tokens.sign("client", 3);
        assertEquals(Optional.of(new UnsubscribeTokens.Subject("client", 3)), tokens.verify(token));
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.3\\.[A-Za-z0-9_-]+"), token);
        String odd = tokens.sign("Zoë <x@y> & \"z\"", 9_000_000_000L);
        assertEquals(Optional.of(new UnsubscribeTokens.Subject("Zoë <x@y> & \"z\"", 9_000_000_000L)), tokens.verify(odd));
    }

    @Test
    void aForgedOrChangedTokenIsNone() {
        String token = tokens.sign("client", 3);
        String[] parts = token.split("\\.");
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString("other".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.verify(otherUser + "." + parts[1] + "." + parts[2]), "another user");
        assertEquals(Optional.empty(), tokens.verify(parts[0] + ".4." + parts[2]), "another budget");
        assertEquals(Optional.empty(), tokens.verify(parts[0] + "." + parts[1] + "." + tokens.sign("client", 4).split("\\.")[2]));
        String flipped = parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
        assertEquals(Optional.empty(), tokens.verify(parts[0] + "." + parts[1] + "." + flipped), "a changed mac");
        UnsubscribeTokens elsewhere = new UnsubscribeTokens(() -> "another installation's own secret".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), elsewhere.verify(token), "another installation's secret");
        for (String junk : new String[]{null, "", ".", "..", "a.b.c", parts[0] + ".03." + parts[2], parts[0] + ".-3." + parts[2],
                parts[0] + "." + parts[1], token + ".x", parts[0] + "." + parts[1] + ".!!", "x".repeat(5000),
                "." + parts[1] + "." + parts[2]}) {
            assertEquals(Optional.empty(), tokens.verify(junk), String.valueOf(junk));
        }
    }

    @Test
    void theFormTokenBelongsToItsLinkToken() {
        String token = tokens.sign("client", 3);
        String form = tokens.formToken(token);
        assertTrue(tokens.formTokenMatches(token, form));
        assertFalse(tokens.formTokenMatches(tokens.sign("client", 4), form));
        assertFalse(tokens.formTokenMatches(token, form + "x"));
        assertFalse(tokens.formTokenMatches(token, null));
        assertFalse(tokens.formTokenMatches(token, ""));
        assertNotEquals(form, token.split("\\.")[2]);
    }

    /** The secret is the database's, made once: two instances (two nodes) sign alike, and one row is kept. */
    @AoTest
    void theSecretIsMadeOnceAndSharedThroughTheDatabase(ActiveObjects ao) {
        String token = new UnsubscribeTokens(ao).sign("client", 3);
        assertEquals(Optional.of(new UnsubscribeTokens.Subject("client", 3)), new UnsubscribeTokens(ao).verify(token));
        assertEquals(1, ao.count(AppSecretEntity.class, Query.select()));
        assertEquals(44, ao.find(AppSecretEntity.class, Query.select())[0].getSecret().length(), "32 bytes, base64");
    }
}
