package io.github.clientbudgets.access;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.portal.Portal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Which Jira project a JSM customer portal belongs to, asked of JSM ({@code ServiceDeskService
 * #getServiceDeskForPortal}, then {@code ServiceDesk#getProjectId}, JSM javadoc 10.3) for the customer, in JSM's
 * customer context. JSM puts the portal into the context of its portal web-panels as {@code portal} (Adaptavist's
 * ScriptRunner docs: "the binding variable portal is available in Service Management portal context"); that it is
 * an {@code api.portal.Portal} is an assumption the manual check in docs/installation.md covers. Anything else, no
 * JSM, or a refusal: no project, and the portal shows nothing of the app.
 */
public class JsmPortals {
    private static final Logger LOG = LoggerFactory.getLogger(JsmPortals.class);
    private final UserManager users;

    public JsmPortals(UserManager users) {
        this.users = users;
    }

    /** The project of the portal {@code portal} (from a panel's context) as {@code userKey} may see it. */
    public Optional<Long> projectOf(String userKey, Object portal) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null || portal == null) {
            return Optional.empty();
        }
        try {
            return Jsm.projectOf(user, portal);
        } catch (LinkageError noJsm) {
            return Optional.empty();
        } catch (RuntimeException refused) {
            LOG.debug("no project for portal {} and {}: {}", portal, userKey, refused.toString());
            return Optional.empty();
        }
    }

    /** Everything that names a JSM class: loaded only when first used, which needs JSM's classes. */
    private static final class Jsm {
        static Optional<Long> projectOf(ApplicationUser user, Object portal) {
            if (!(portal instanceof Portal p)) {
                return Optional.empty();
            }
            ServiceDeskService desks = ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskService.class);
            if (desks == null) {
                return Optional.empty();
            }
            ServiceDesk desk = JsmCustomerContext.run(() -> desks.getServiceDeskForPortal(user, p));
            return desk == null ? Optional.empty() : Optional.of(desk.getProjectId());
        }
    }
}
