package io.github.clientbudgets.devhost.rest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.github.clientbudgets.devhost.auth.AccessRules;
import io.github.clientbudgets.devhost.auth.AuthFilter;
import io.github.clientbudgets.devhost.auth.CurrentUser;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Atlassian REST's filters, per resource method: the access rules of Platform 7 ({@link AccessRules}: anonymous →
 * 401, not allowed → 403) and the XSRF check of every non-GET method not annotated
 * {@code @com.atlassian.annotations.security.XsrfProtectionExcluded}:
 * <ul>
 * <li>a form, multipart or text/plain body, or none with no Content-Type, needs {@code X-Atlassian-Token: no-check}
 * ({@code nocheck} accepted);</li>
 * <li>a request from a browser (its User-Agent) must come from the same origin (Origin, else Referer).</li>
 * </ul>
 * A failing POST gets 403 "XSRF check failed"; for PUT, DELETE and PATCH the failure is only logged, as Atlassian
 * REST's {@code XsrfResourceFilter} does (rest-module 7.1.9, decompiled).
 */
public final class RestSecurityFeature implements DynamicFeature {
    private static final Logger LOG = Logger.getLogger(RestSecurityFeature.class.getName());
    private final AccessRules rules;
    private final WebSudoManager webSudo;

    public RestSecurityFeature(AccessRules rules, WebSudoManager webSudo) {
        this.rules = rules;
        this.webSudo = webSudo;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> type = info.getResourceClass();
        context.register(new AccessFilter(rules, AccessRules.levelOf(method, type)));
        if (requiresWebSudo(method, type)) {
            context.register(new WebSudoFilter(webSudo));
        }
        if (!isSafe(method) && !excluded(method) && !excluded(type)) {
            context.register(new XsrfFilter());
        }
    }

    /**
     * Atlassian REST's {@code WebSudoResourceFilter}: {@code @WebSudoRequired} on the method, else its class, else
     * its package ({@code @WebSudoNotRequired} is not used by the plugin, so the host does not read it).
     */
    static boolean requiresWebSudo(Method method, Class<?> type) {
        return method.isAnnotationPresent(WebSudoRequired.class) || type.isAnnotationPresent(WebSudoRequired.class)
                || (type.getPackage() != null && type.getPackage().isAnnotationPresent(WebSudoRequired.class));
    }

    private static boolean isSafe(Method method) {
        return method.isAnnotationPresent(javax.ws.rs.GET.class) || method.isAnnotationPresent(javax.ws.rs.HEAD.class)
                || method.isAnnotationPresent(javax.ws.rs.OPTIONS.class);
    }

    private static boolean excluded(java.lang.reflect.AnnotatedElement element) {
        for (var a : element.getAnnotations()) {
            if (a.annotationType().getName().equals("com.atlassian.annotations.security.XsrfProtectionExcluded")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs before Jersey matches a resource method: notes an XSRF failure of a POST, so that a form POST to a
     * method that consumes only JSON answers 403 "XSRF check failed" (as Atlassian REST does) and not 415.
     */
    @PreMatching
    public static final class XsrfPreMatching implements ContainerRequestFilter {
        static final ThreadLocal<String> FAILURE = new ThreadLocal<>();

        @Override
        public void filter(ContainerRequestContext request) {
            FAILURE.remove();
            if (HttpMethod.POST.equals(request.getMethod())) {
                String failure = XsrfFilter.failure(request);
                if (failure != null) {
                    FAILURE.set(failure);
                }
            }
        }
    }

    /**
     * 415 for a POST that failed the XSRF check becomes 403, as the XSRF filter would have answered. Any other 415 is
     * not the host's to answer: the mapper declines it, so the plugin's own exception mapper (as in Jira, where it is
     * closer to the exception than the platform's Throwable mapper) gives the answer, or Jersey's bare 415.
     */
    public static final class UnsupportedTypeMapper
            implements org.glassfish.jersey.spi.ExtendedExceptionMapper<NotSupportedException> {
        @Override
        public boolean isMappable(NotSupportedException e) {
            return XsrfPreMatching.FAILURE.get() != null;
        }

        @Override
        public Response toResponse(NotSupportedException e) {
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE).entity("XSRF check failed").build();
        }
    }

    /**
     * Jira's REST API v2 on a body that is no JSON (malformed, or nested past Jackson's limit): 400 with its
     * ErrorCollection, never a 500 or Jackson's text. Registered for the host's own Jira resources only: the plugin's
     * modules read their bodies themselves, and a Jackson failure there stays the platform's 500.
     */
    public static final class JiraJsonErrorMapper
            implements ExceptionMapper<com.fasterxml.jackson.core.JsonProcessingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonProcessingException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("errorMessages",
                    java.util.List.of("The request body is not valid JSON."), "errors", Map.of())).build();
        }
    }

    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", message, "status-code", status)).build();
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class AccessFilter implements ContainerRequestFilter {
        private final AccessRules rules;
        private final AccessRules.Level level;

        AccessFilter(AccessRules rules, AccessRules.Level level) {
            this.rules = rules;
            this.level = level;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            switch (rules.decide(level, CurrentUser.get())) {
                case UNAUTHENTICATED -> request.abortWith(
                        error(401, "Client must be authenticated to access this resource."));
                case FORBIDDEN -> request.abortWith(error(403, "You do not have permission to access this resource."));
                default -> {
                }
            }
        }
    }

    /**
     * WebSudo on REST as {@code SalWebSudoResourceContext} (rest-module 7.1.9) decides it: not for HTTP Basic (a script
     * has no secure session to offer) nor for a bearer token without a session; otherwise the session must be a
     * secure administrator session, else 401 (UPM's mapper of {@code WebSudoRequiredException} answers 401 too).
     */
    @Priority(Priorities.AUTHENTICATION + 1)
    static final class WebSudoFilter implements ContainerRequestFilter {
        private final WebSudoManager webSudo;

        WebSudoFilter(WebSudoManager webSudo) {
            this.webSudo = webSudo;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            HttpServletRequest servletRequest = AuthFilter.currentRequest();
            String authorization = request.getHeaderString("Authorization");
            if (servletRequest == null || (authorization != null && authorization.startsWith("Basic "))
                    || (authorization != null && authorization.startsWith("Bearer ") && servletRequest.getSession(false) == null)) {
                return;
            }
            if (!webSudo.canExecuteRequest(servletRequest)) {
                request.abortWith(error(401, "This resource requires WebSudo."));
            }
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class XsrfFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String failure = failure(request);
            if (failure == null) {
                return;
            }
            if (HttpMethod.POST.equals(request.getMethod())) {
                request.abortWith(Response.status(403).type(MediaType.TEXT_PLAIN_TYPE).entity("XSRF check failed").build());
            } else {
                LOG.warning("XSRF check failed for " + request.getMethod() + " " + request.getUriInfo().getPath()
                        + " (" + failure + "); Atlassian REST only logs this for " + request.getMethod());
            }
        }

        static String failure(ContainerRequestContext request) {
            MediaType type = request.getMediaType();
            boolean xsrfable = type == null || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
            String token = request.getHeaderString("X-Atlassian-Token");
            boolean noCheck = "no-check".equalsIgnoreCase(token) || "nocheck".equalsIgnoreCase(token);
            if (xsrfable && !noCheck) {
                return "content type " + type + " without X-Atlassian-Token: no-check";
            }
            if (isBrowser(request.getHeaderString("User-Agent")) && !sameOrigin(request)) {
                return "browser request from another origin";
            }
            return null;
        }

        static boolean isBrowser(String userAgent) {
            if (userAgent == null) {
                return false;
            }
            String ua = userAgent.toLowerCase(Locale.ROOT);
            return ua.contains("mozilla") || ua.contains("chrome") || ua.contains("safari") || ua.contains("opera")
                    || ua.contains("msie") || ua.contains("trident") || ua.contains("edge");
        }

        static boolean sameOrigin(ContainerRequestContext request) {
            URI base = request.getUriInfo().getBaseUri();
            String origin = base.getScheme() + "://" + base.getAuthority();
            String header = request.getHeaderString("Origin");
            if (header != null && !header.isBlank() && !header.equals("null")) {
                return header.equalsIgnoreCase(origin);
            }
            String referer = request.getHeaderString("Referer");
            return referer != null && (referer.equalsIgnoreCase(origin) || referer.toLowerCase(Locale.ROOT)
                    .startsWith(origin.toLowerCase(Locale.ROOT) + "/"));
        }
    }
}
