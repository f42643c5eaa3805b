package io.github.clientbudgets.devhost.auth;

import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.devhost.web.WebResources;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is asking, as Jira's Seraph filter decides it: the user of the session (form login), or on {@code /rest/*}
 * a personal access token ({@code Authorization: Bearer}) or HTTP Basic credentials (wrong ones → 401 at once, as
 * Jira answers). HTTP Basic can be off, as Jira's "Allow basic authentication on API calls" (Administration →
 * System → Authentication methods; off by default on Jira 11): then any Basic header is refused with 403 and Jira's
 * message, right or wrong credentials alike. The user is set in {@link CurrentUser} for the request and cleared
 * afterwards.
 */
public final class AuthFilter implements Filter {
    public static final String SESSION_USER = "devhost.userKey";
    public static final String SESSION_TOKEN = "devhost.atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private final JiraStore store;
    private final WebResources webResources;
    private final boolean basicAuthAllowed;

    public AuthFilter(JiraStore store, WebResources webResources, boolean basicAuthAllowed) {
        this.store = store;
        this.webResources = webResources;
        this.basicAuthAllowed = basicAuthAllowed;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HostUser user = null;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String) {
            user = store.userByKey((String) session.getAttribute(SESSION_USER)).filter(HostUser::isActive).orElse(null);
        }
        String authorization = request.getHeader("Authorization");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean isBasic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean isBearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (user == null && (isBasic || isBearer) && path.startsWith("/rest/")) {
            if (isBasic && !basicAuthAllowed) {
                response.setStatus(403);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"message\":\"Basic Authentication has been disabled on this instance.\"}");
                return;
            }
            Optional<HostUser> caller = isBasic ? basic(authorization.substring(6).trim())
                    : bearer(authorization.substring(7).trim());
            if (caller.isEmpty()) {
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
                response.setStatus(401);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"message\":\"Client must be authenticated to access this resource.\","
                        + "\"status-code\":401}");
                return;
            }
            user = caller.get();
        }
        CurrentUser.set(user);
        REQUEST.set(request);
        webResources.clearRequired();
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.set(null);
            REQUEST.remove();
            webResources.clearRequired();
        }
    }

    private Optional<HostUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : store.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The active user whose personal access token this is. */
    private Optional<HostUser> bearer(String token) {
        return store.users().stream().filter(HostUser::isActive)
                .filter(u -> java.security.MessageDigest.isEqual(
                        PersonalAccessTokens.tokenOf(u.getUsername()).getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8)))
                .findFirst();
    }

    /** The request this thread serves (as Atlassian REST's {@code ServletUtils.getHttpServletRequest()}), or null. */
    public static HttpServletRequest currentRequest() {
        return REQUEST.get();
    }

    /** The session's XSRF token for host forms ({@code atl_token}), made on first use. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_TOKEN);
        if (!(token instanceof String)) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_TOKEN, token);
        }
        return (String) token;
    }

    public static boolean validToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String given = request.getParameter("atl_token");
        return session != null && given != null && given.equals(session.getAttribute(SESSION_TOKEN));
    }
}
