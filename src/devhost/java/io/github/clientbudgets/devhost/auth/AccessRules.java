package io.github.clientbudgets.devhost.auth;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import io.github.clientbudgets.devhost.jira.HostUser;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Platform 7's secure-by-default access rules for REST resources, servlets and filters (from Jira 10 they cover
 * servlets and filters too), as Atlassian
 * REST's {@code AuthenticatedResourceFilter} applies them (rest-module 7.1.9, decompiled; REST v2 keeps the rules):
 * the access annotation of the method, else of its class, else of its package decides; none means
 * {@link Level#LICENSED_ONLY}. Where one element carries several, the most restrictive wins (the filter's order:
 * SystemAdminOnly, AdminOnly, LicensedOnly, UnlicensedSiteAccess, AnonymousSiteAccess, UnrestrictedAccess). REST
 * annotations live in {@code com.atlassian.plugins.rest.api.security.annotation}, servlet ones in
 * {@code com.atlassian.annotations.security}; both are read by name, so the host accepts every annotation of either
 * family whether or not the plugin's stand-ins declare it.
 * <p>
 * {@code UnlicensedSiteAccess} and {@code AnonymousSiteAccess} admit an authenticated user who is licensed or a
 * "limited unlicensed user", which SAL defines as: limited unlicensed access enabled for the site, and not licensed.
 * That switch is off in a default Jira and nothing shows JSM turns it on for its customers, so the host runs with it
 * off: a portal-only customer (unlicensed) gets in only where the app says {@code @UnrestrictedAccess} and checks
 * him itself.
 */
public final class AccessRules {
    public enum Level { UNRESTRICTED, ANONYMOUS_SITE_ACCESS, UNLICENSED_SITE_ACCESS, LICENSED_ONLY, ADMIN_ONLY, SYSTEM_ADMIN_ONLY }

    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN }

    /** By the simple name of the annotation; several on one element: the highest {@link Level} wins. */
    private static final Map<String, Level> NAMES = Map.of("UnrestrictedAccess", Level.UNRESTRICTED,
            "AnonymousSiteAccess", Level.ANONYMOUS_SITE_ACCESS, "UnlicensedSiteAccess", Level.UNLICENSED_SITE_ACCESS,
            "LicensedOnly", Level.LICENSED_ONLY, "AdminOnly", Level.ADMIN_ONLY, "SystemAdminOnly", Level.SYSTEM_ADMIN_ONLY);
    private static final String[] PACKAGES = {"com.atlassian.plugins.rest.api.security.annotation.",
            "com.atlassian.annotations.security."};

    private final GlobalPermissionManager globalPermissions;
    private final ApplicationRoleManager roles;
    private final boolean anonymousAccessEnabled;
    private final boolean unlicensedAccessEnabled;

    /**
     * @param anonymousAccessEnabled  the site lets anonymous users in ({@code @AnonymousSiteAccess}); off, as in
     *                                a default Jira
     * @param unlicensedAccessEnabled "limited unlicensed access" of the site (SAL's
     *                                {@code isLimitedUnlicensedAccessEnabled()}); off, as in a default Jira
     */
    public AccessRules(GlobalPermissionManager globalPermissions, ApplicationRoleManager roles,
                       boolean anonymousAccessEnabled, boolean unlicensedAccessEnabled) {
        this.globalPermissions = globalPermissions;
        this.roles = roles;
        this.anonymousAccessEnabled = anonymousAccessEnabled;
        this.unlicensedAccessEnabled = unlicensedAccessEnabled;
    }

    public static Level levelOf(Method method, Class<?> type) {
        Level level = method == null ? null : annotated(method);
        if (level == null) {
            level = annotated(type);
        }
        if (level == null && type.getPackage() != null) {
            level = annotated(type.getPackage());
        }
        return level == null ? Level.LICENSED_ONLY : level;
    }

    private static Level annotated(AnnotatedElement element) {
        Level strictest = null;
        for (Annotation a : element.getAnnotations()) {
            String name = a.annotationType().getName();
            for (String pkg : PACKAGES) {
                Level level = name.startsWith(pkg) ? NAMES.get(name.substring(pkg.length())) : null;
                if (level != null && (strictest == null || level.compareTo(strictest) > 0)) {
                    strictest = level;
                }
            }
        }
        return strictest;
    }

    /**
     * The filter's decision for the user of the request (null: anonymous; an inactive user cannot log in to Jira).
     * A refusal is 401 for anonymous users and 403 otherwise in the host.
     */
    public Decision decide(Level level, HostUser user) {
        boolean active = user != null && user.isActive();
        boolean licensed = active && roles.hasAnyRole(user);
        // SAL UserManager.isLimitedUnlicensedUser: the site switch, a user profile, and no licence
        boolean limitedUnlicensed = active && unlicensedAccessEnabled && !licensed;
        return switch (level) {
            case UNRESTRICTED -> Decision.ALLOW;
            case ANONYMOUS_SITE_ACCESS -> active ? (licensed || limitedUnlicensed ? Decision.ALLOW : Decision.FORBIDDEN)
                    : anonymousAccessEnabled ? Decision.ALLOW : Decision.UNAUTHENTICATED;
            case UNLICENSED_SITE_ACCESS -> !active ? Decision.UNAUTHENTICATED
                    : licensed || limitedUnlicensed ? Decision.ALLOW : Decision.FORBIDDEN;
            case LICENSED_ONLY -> !active ? Decision.UNAUTHENTICATED : licensed ? Decision.ALLOW : Decision.FORBIDDEN;
            case ADMIN_ONLY -> !active ? Decision.UNAUTHENTICATED
                    : globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user)
                    || globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user) ? Decision.ALLOW : Decision.FORBIDDEN;
            case SYSTEM_ADMIN_ONLY -> !active ? Decision.UNAUTHENTICATED
                    : globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user) ? Decision.ALLOW : Decision.FORBIDDEN;
        };
    }
}
