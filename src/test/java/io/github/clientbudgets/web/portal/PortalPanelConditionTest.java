package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.access.JsmPortals;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.PortalService;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The portal panel's condition alone: the caller, the portal's project as JSM answers it, and the visibility rule. */
class PortalPanelConditionTest {
    private final Permissions permissions = mock(Permissions.class);
    private final JsmPortals portals = mock(JsmPortals.class);
    private final PortalService portal = mock(PortalService.class);
    private final PortalPanelCondition condition = new PortalPanelCondition(permissions, portals, portal);
    private final Object acmePortal = new Object();

    @Test
    void shownOnlyWhereTheCallerSeesABudgetOfThePortalsProject() {
        when(permissions.currentUserKey()).thenReturn(Optional.of("client"));
        when(portals.projectOf("client", acmePortal)).thenReturn(Optional.of(10000L));
        when(portal.seesBudgetsIn("client", 10000L)).thenReturn(true);
        assertTrue(condition.shouldDisplay(Map.of("portal", acmePortal)));
        when(portal.seesBudgetsIn("client", 10000L)).thenReturn(false);
        assertFalse(condition.shouldDisplay(Map.of("portal", acmePortal)), "no visible budget in that project");
    }

    @Test
    void neverForTheAnonymousNorWithoutAPortalJsmKnows() {
        when(permissions.currentUserKey()).thenReturn(Optional.empty());
        assertFalse(condition.shouldDisplay(Map.of("portal", acmePortal)));
        when(permissions.currentUserKey()).thenReturn(Optional.of("client"));
        when(portals.projectOf("client", null)).thenReturn(Optional.empty());
        assertFalse(condition.shouldDisplay(Map.of()), "no portal in the context (the help center)");
        verify(portal, never()).seesBudgetsIn(anyString(), anyLong());
    }
}
