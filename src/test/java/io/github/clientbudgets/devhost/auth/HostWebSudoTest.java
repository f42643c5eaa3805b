package io.github.clientbudgets.devhost.auth;

import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.clientbudgets.devhost.jira.HostUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secure session lasts ten minutes after its last secure request, for the user who gave the password only. */
class HostWebSudoTest {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final HostWebSudo webSudo = new HostWebSudo("/jira", clock);
    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpServletRequest request = request(attributes);

    @AfterEach
    void clear() {
        CurrentUser.set(null);
    }

    @Test
    void lastsTenMinutesAfterTheLastSecureRequest() {
        HostUser admin = user("admin");
        CurrentUser.set(admin);
        assertFalse(webSudo.canExecuteRequest(request));
        webSudo.start(request, admin);
        now = now.plus(Duration.ofMinutes(9));
        webSudo.willExecuteWebSudoRequest(request);
        now = now.plus(Duration.ofMinutes(9));
        assertTrue(webSudo.canExecuteRequest(request), "9 minutes after the last secure request");
        now = now.plus(Duration.ofMinutes(1));
        assertFalse(webSudo.canExecuteRequest(request), "10 minutes after it");
        assertThrows(WebSudoSessionException.class, () -> webSudo.willExecuteWebSudoRequest(request));
    }

    @Test
    void belongsToTheUserWhoGaveThePassword() {
        webSudo.start(request, user("admin"));
        CurrentUser.set(user("other"));
        assertFalse(webSudo.canExecuteRequest(request));
    }

    private static HostUser user(String name) {
        return new HostUser(1, name, name, name, name + "@example.com", true, "jira-software");
    }

    private static HttpServletRequest request(Map<String, Object> attributes) {
        HttpSession session = Mockito.mock(HttpSession.class);
        Mockito.when(session.getAttribute(Mockito.anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        Mockito.doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1))).when(session)
                .setAttribute(Mockito.anyString(), Mockito.any());
        HttpServletRequest request = Mockito.mock(HttpServletRequest.class);
        Mockito.when(request.getSession(false)).thenReturn(session);
        Mockito.when(request.getSession(true)).thenReturn(session);
        return request;
    }
}
