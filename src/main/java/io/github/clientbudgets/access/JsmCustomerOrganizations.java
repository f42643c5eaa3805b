package io.github.clientbudgets.access;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link CustomerOrganizations} through JSM's {@code OrganizationService}. JSM is optional (its packages are imported
 * {@code resolution:=optional}), so nothing outside the nested {@link Jsm} class names a JSM type, and JSM's service
 * is looked up when asked ({@code ComponentAccessor.getOSGiComponentInstanceOfType}: an injected JSM service would keep the plugin from
 * starting where JSM is not installed):
 * without JSM nobody is a member of anything, so an organization grant shows nothing rather than too much.
 * JSM answers {@code getById} only "if user is an agent or a member of the organization" and refuses otherwise
 * (an exception or null): that is the membership test. Agents are the agency's own staff, who may see the budget
 * anyway. The question is asked in JSM's customer context ({@link JsmCustomerContext}), where JSM answers for a
 * portal-only customer as its portal does.
 */
public class JsmCustomerOrganizations implements CustomerOrganizations {
    private static final Logger LOG = LoggerFactory.getLogger(JsmCustomerOrganizations.class);

    private final UserManager users;
    /** JSM's OrganizationService, or null where JSM is not installed. */
    private final Supplier<Object> organizationService;

    public JsmCustomerOrganizations(UserManager users) {
        this(users, JsmCustomerOrganizations::lookUp);
    }

    JsmCustomerOrganizations(UserManager users, Supplier<Object> organizationService) {
        this.users = users;
        this.organizationService = organizationService;
    }

    @Override
    public Set<Integer> memberships(String userKey, Collection<Integer> organizationIds) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        Object service = user == null || organizationIds.isEmpty() ? null : organizationService.get();
        if (service == null) {
            return Set.of();
        }
        try {
            return Jsm.memberships(service, user, organizationIds);
        } catch (LinkageError noJsm) {
            return Set.of();
        }
    }

    /** Whether JSM's OrganizationService is there (the installation check asks). */
    public boolean jsmPresent() {
        try {
            return organizationService.get() != null;
        } catch (LinkageError noJsm) {
            return false;
        }
    }

    private static Object lookUp() {
        try {
            return Jsm.service();
        } catch (LinkageError | RuntimeException noJsm) {
            return null;
        }
    }

    /** Everything that names a JSM class: loaded only when it is first used, which needs JSM's classes. */
    private static final class Jsm {
        static Object service() {
            return ComponentAccessor.getOSGiComponentInstanceOfType(OrganizationService.class);
        }

        static Set<Integer> memberships(Object service, ApplicationUser user, Collection<Integer> organizationIds) {
            OrganizationService organizations = (OrganizationService) service;
            Set<Integer> member = new HashSet<>();
            for (Integer id : organizationIds) {
                try {
                    if (JsmCustomerContext.run(() -> organizations.getById(user, id)) != null) {
                        member.add(id);
                    }
                } catch (RuntimeException refused) {
                    LOG.debug("{} is not seen as a member of organization {}: {}", user.getKey(), id, refused.toString());
                }
            }
            return member;
        }
    }
}
