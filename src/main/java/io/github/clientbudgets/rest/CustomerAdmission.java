package io.github.clientbudgets.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.portal.PortalService;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * Would this customer get in? Asked by an admin on the installation check with a user name, and answered with
 * Jira's own services: Jira's user manager (does the user exist, is the account active), SAL's licence check (a
 * portal-only JSM customer holds no licence), the access annotations on the portal's servlet and REST class as
 * deployed (Jira 10 admits an unlicensed user only through {@code @UnrestrictedAccess}, since limited unlicensed
 * access is off by default), and then the app's own rule: the budgets the user would see as a client. The portal's
 * servlet and REST classes are given by name in plugin-context.xml, so the admin code depends on neither edge.
 */
public class CustomerAdmission {
    private final com.atlassian.jira.user.util.UserManager jiraUsers;
    private final UserManager salUsers;
    private final PortalService portal;
    private final Class<?> portalServlet;
    private final Class<?> portalResource;

    public CustomerAdmission(com.atlassian.jira.user.util.UserManager jiraUsers, UserManager salUsers, PortalService portal,
                             Class<?> portalServlet, Class<?> portalResource) {
        this.jiraUsers = jiraUsers;
        this.salUsers = salUsers;
        this.portal = portal;
        this.portalServlet = portalServlet;
        this.portalResource = portalResource;
    }

    /** What was found; {@code found == false} leaves everything else false and empty. */
    public record Result(String username, boolean found, boolean active, boolean licensed, boolean portalPageAdmits,
                         boolean portalRestAdmits, List<ClientSummary> budgets) {
        /** The verdict: the customer reaches the portal and sees at least one budget there. */
        public boolean admitted() {
            return found && active && portalPageAdmits && portalRestAdmits && !budgets.isEmpty();
        }
    }

    public Result check(String username) {
        ApplicationUser user = username == null || username.isBlank() ? null : jiraUsers.getUserByName(username.trim());
        if (user == null) {
            return new Result(username, false, false, false, false, false, List.of());
        }
        boolean licensed = salUsers.isLicensed(new UserKey(user.getKey()));
        boolean page = licensed || unrestricted(portalServlet, com.atlassian.annotations.security.UnrestrictedAccess.class);
        boolean rest = licensed || unrestricted(portalResource,
                com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess.class);
        List<ClientSummary> budgets = user.isActive() ? portal.myBudgets(user.getKey()) : List.of();
        return new Result(user.getUsername(), true, user.isActive(), licensed, page, rest, budgets);
    }

    private static boolean unrestricted(Class<?> type, Class<? extends Annotation> annotation) {
        return type.isAnnotationPresent(annotation);
    }
}
