package io.github.clientbudgets.devhost.auth;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.JiraStore;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** SAL's user services as Jira implements them: over Jira's users, permissions and application roles. */
public final class SalServices {
    private SalServices() {
    }

    public static final class HostSalUserManager implements UserManager {
        private final JiraStore store;
        private final GlobalPermissionManager globalPermissions;
        private final ApplicationRoleManager roles;

        public HostSalUserManager(JiraStore store, GlobalPermissionManager globalPermissions,
                                  ApplicationRoleManager roles) {
            this.store = store;
            this.globalPermissions = globalPermissions;
            this.roles = roles;
        }

        /** The request's user (the host sets it per request; the request itself is not consulted). */
        @Override
        public UserProfile getRemoteUser(HttpServletRequest request) {
            HostUser user = CurrentUser.get();
            return user == null ? null : profile(user);
        }

        @Override
        public UserKey getRemoteUserKey(HttpServletRequest request) {
            HostUser user = CurrentUser.get();
            return user == null ? null : new UserKey(user.getKey());
        }

        @Override
        public UserProfile getUserProfile(UserKey key) {
            return key == null ? null : store.userByKey(key.getStringValue()).map(HostSalUserManager::profile).orElse(null);
        }

        @Override
        public boolean isSystemAdmin(UserKey key) {
            return user(key) != null && globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user(key));
        }

        @Override
        public boolean isAdmin(UserKey key) {
            HostUser user = user(key);
            return user != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
        }

        @Override
        public boolean isLicensed(UserKey key) {
            HostUser user = user(key);
            return user != null && user.isActive() && roles.hasAnyRole(user);
        }

        private HostUser user(UserKey key) {
            return key == null ? null : store.userByKey(key.getStringValue()).orElse(null);
        }

        static UserProfile profile(HostUser user) {
            UserKey key = new UserKey(user.getKey());
            return new UserProfile() {
                @Override
                public UserKey getUserKey() {
                    return key;
                }

                @Override
                public String getUsername() {
                    return user.getUsername();
                }

                @Override
                public String getFullName() {
                    return user.getDisplayName();
                }

                @Override
                public String getEmail() {
                    return user.getEmailAddress();
                }
            };
        }
    }

    /**
     * Jira's login URI: {@code <context>/login.jsp?os_destination=<path below the context>}. The return URI is
     * reduced to its path below the context, so a login never redirects off-site.
     */
    /** SAL's base URL: the host's own, known once Jetty has its port. */
    public static final class HostApplicationProperties implements com.atlassian.sal.api.ApplicationProperties {
        private final java.util.function.Supplier<String> baseUrl;
        private final String contextPath;

        public HostApplicationProperties(java.util.function.Supplier<String> baseUrl, String contextPath) {
            this.baseUrl = baseUrl;
            this.contextPath = contextPath;
        }

        @Override
        public String getBaseUrl(com.atlassian.sal.api.UrlMode mode) {
            return mode == com.atlassian.sal.api.UrlMode.RELATIVE || mode == com.atlassian.sal.api.UrlMode.RELATIVE_CANONICAL
                    ? contextPath : baseUrl.get();
        }
    }

    public static final class HostLoginUriProvider implements LoginUriProvider {
        private final String contextPath;

        public HostLoginUriProvider(String contextPath) {
            this.contextPath = contextPath;
        }

        @Override
        public URI getLoginUri(URI returnUri) {
            String destination = returnUri == null ? "/" : safeDestination(contextPath, returnUri);
            return URI.create(contextPath + "/login.jsp?permissionViolation=true&os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        }

        /** The part of {@code uri} below the context path, starting with one slash. */
        public static String safeDestination(String contextPath, URI uri) {
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            if (path.startsWith(contextPath + "/") || path.equals(contextPath)) {
                path = path.substring(contextPath.length());
            }
            if (!path.startsWith("/") || path.startsWith("//")) {
                path = "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }
}
