package io.github.clientbudgets.web.portal;

import com.atlassian.plugin.web.Condition;
import io.github.clientbudgets.access.JsmPortals;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.PortalService;

import java.util.Map;
import java.util.Optional;

/**
 * Shows the Budgets panel in JSM's customer portal only on the portal of a project where the caller sees a budget as
 * a client (a grant to him or his organization and the budget's own rule, {@link PortalService#seesBudgetsIn}):
 * anyone else, the anonymous included, meets no trace of the app there. The portal's project is JSM's answer for the
 * caller ({@link JsmPortals}).
 */
public class PortalPanelCondition implements Condition {
    private final Permissions permissions;
    private final JsmPortals portals;
    private final PortalService portal;

    public PortalPanelCondition(Permissions permissions, JsmPortals portals, PortalService portal) {
        this.permissions = permissions;
        this.portals = portals;
        this.portal = portal;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Optional<String> caller = permissions.currentUserKey();
        if (caller.isEmpty()) {
            return false;
        }
        Optional<Long> project = portals.projectOf(caller.get(), context.get("portal"));
        return project.isPresent() && portal.seesBudgetsIn(caller.get(), project.get());
    }
}
