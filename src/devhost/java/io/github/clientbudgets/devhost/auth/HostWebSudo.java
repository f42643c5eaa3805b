package io.github.clientbudgets.devhost.auth;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.clientbudgets.devhost.jira.HostUser;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Jira's WebSudo ("secure administrator session"): an admin page asks for the user's password again, and the
 * session then counts as an administrator session for {@link #TIMEOUT} after the last secure request (Jira's default
 * {@code jira.websudo.timeout} of 10 minutes). The password form lives where Jira has it,
 * {@code /secure/admin/WebSudoAuthenticate!default.jspa?webSudoDestination=...}, and posts to
 * {@code /secure/admin/WebSudoAuthenticate.jspa} (fields {@code webSudoPassword}, {@code webSudoDestination},
 * {@code webSudoIsPost}, {@code atl_token}); see {@link io.github.clientbudgets.devhost.web.HostPages}. Never off:
 * the host has no {@code jira.websudo.is.disabled}.
 */
public final class HostWebSudo implements WebSudoManager {
    public static final Duration TIMEOUT = Duration.ofMinutes(10);
    public static final String FORM_PATH = "/secure/admin/WebSudoAuthenticate!default.jspa";
    public static final String SUBMIT_PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    private static final String SESSION_SINCE = "devhost.websudo.lastSecureRequest";
    private static final String SESSION_OWNER = "devhost.websudo.user";
    private final String contextPath;
    private final Clock clock;

    public HostWebSudo(String contextPath, Clock clock) {
        this.contextPath = contextPath;
        this.clock = clock;
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        HostUser user = CurrentUser.get();
        if (session == null || user == null || !user.getKey().equals(session.getAttribute(SESSION_OWNER))
                || !(session.getAttribute(SESSION_SINCE) instanceof Long since)) {
            return false;
        }
        return clock.millis() - since < TIMEOUT.toMillis();
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = SalServices.HostLoginUriProvider.safeDestination(contextPath, URI.create(
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
        try {
            response.sendRedirect(contextPath + FORM_PATH + "?webSudoDestination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("This request requires a secure administrator session.");
        }
        request.getSession(false).setAttribute(SESSION_SINCE, clock.millis());
    }

    /** After the user gave their password again: the session is an administrator session from now on. */
    public void start(HttpServletRequest request, HostUser user) {
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_OWNER, user.getKey());
        session.setAttribute(SESSION_SINCE, clock.millis());
    }
}
