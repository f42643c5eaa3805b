package io.github.clientbudgets.devhost.auth;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.clientbudgets.devhost.auth.AccessRules.Decision;
import io.github.clientbudgets.devhost.auth.AccessRules.Level;
import io.github.clientbudgets.devhost.jira.HostUser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.clientbudgets.devhost.auth.AccessRules.Decision.ALLOW;
import static io.github.clientbudgets.devhost.auth.AccessRules.Decision.FORBIDDEN;
import static io.github.clientbudgets.devhost.auth.AccessRules.Decision.UNAUTHENTICATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The decisions of Atlassian REST's {@code AuthenticatedResourceFilter} (rest-module 7.1.9) with SAL's
 * {@code isLimitedUnlicensedUser} = site switch on and not licensed: every level × every kind of user, with the
 * switch off (Jira's default, what the dev host runs) and on (to show that the switch is what keeps customers out).
 */
class AccessRulesTest {
    private static final HostUser LICENSED = new HostUser(1, "dev", "dev", "Dev", "d@x", true, "jira-software");
    private static final HostUser CUSTOMER = new HostUser(2, "client", "client", "Client", "c@x", true, null);
    private static final HostUser ADMIN = new HostUser(3, "admin", "admin", "Admin", "a@x", true, "jira-software");
    private static final HostUser INACTIVE = new HostUser(4, "gone", "gone", "Gone", "g@x", false, "jira-software");

    private static AccessRules rules(boolean limitedUnlicensedAccess) {
        ApplicationRoleManager roles = mock(ApplicationRoleManager.class);
        when(roles.hasAnyRole(any())).thenAnswer(i -> ((HostUser) i.getArgument(0)).applicationRole() != null);
        GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
        when(permissions.hasPermission(eq(GlobalPermissionKey.ADMINISTER), any())).thenAnswer(i -> i.getArgument(1) == ADMIN);
        return new AccessRules(permissions, roles, false, limitedUnlicensedAccess);
    }

    // columns: anonymous, inactive, licensed, customer (unlicensed), admin
    private static final Map<Level, List<Decision>> SWITCH_OFF = Map.of(
            Level.UNRESTRICTED, List.of(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW),
            Level.ANONYMOUS_SITE_ACCESS, List.of(UNAUTHENTICATED, UNAUTHENTICATED, ALLOW, FORBIDDEN, ALLOW),
            Level.UNLICENSED_SITE_ACCESS, List.of(UNAUTHENTICATED, UNAUTHENTICATED, ALLOW, FORBIDDEN, ALLOW),
            Level.LICENSED_ONLY, List.of(UNAUTHENTICATED, UNAUTHENTICATED, ALLOW, FORBIDDEN, ALLOW),
            Level.ADMIN_ONLY, List.of(UNAUTHENTICATED, UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, ALLOW));

    @Test
    void limitedUnlicensedAccessOffAdmitsCustomersOnlyWhereAccessIsUnrestricted() {
        assertTable(rules(false), SWITCH_OFF);
    }

    @Test
    void theSiteSwitchIsWhatAdmitsCustomersToUnlicensedSiteAccess() {
        Map<Level, List<Decision>> on = new java.util.HashMap<>(SWITCH_OFF);
        on.put(Level.ANONYMOUS_SITE_ACCESS, List.of(UNAUTHENTICATED, UNAUTHENTICATED, ALLOW, ALLOW, ALLOW));
        on.put(Level.UNLICENSED_SITE_ACCESS, List.of(UNAUTHENTICATED, UNAUTHENTICATED, ALLOW, ALLOW, ALLOW));
        assertTable(rules(true), on);
    }

    private static void assertTable(AccessRules rules, Map<Level, List<Decision>> expected) {
        List<String> wrong = new ArrayList<>();
        HostUser[] users = {null, INACTIVE, LICENSED, CUSTOMER, ADMIN};
        expected.forEach((level, decisions) -> {
            for (int i = 0; i < users.length; i++) {
                Decision actual = rules.decide(level, users[i]);
                if (actual != decisions.get(i)) {
                    wrong.add(level + " for " + (users[i] == null ? "anonymous" : users[i].getKey()) + ": " + actual);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    static class Unannotated {
        public void plain() {
        }

        @UnlicensedSiteAccess
        public void unlicensed() {
        }

        @UnrestrictedAccess
        @AdminOnly
        public void both() {
        }
    }

    @UnrestrictedAccess
    static class Open {
        public void plain() {
        }

        @AdminOnly
        public void admin() {
        }
    }

    @Test
    void theMethodThenTheClassDecidesAndTheStrictestOfSeveralWins() throws Exception {
        assertEquals(Level.LICENSED_ONLY, AccessRules.levelOf(Unannotated.class.getMethod("plain"), Unannotated.class));
        assertEquals(Level.UNLICENSED_SITE_ACCESS,
                AccessRules.levelOf(Unannotated.class.getMethod("unlicensed"), Unannotated.class));
        assertEquals(Level.ADMIN_ONLY, AccessRules.levelOf(Unannotated.class.getMethod("both"), Unannotated.class));
        assertEquals(Level.UNRESTRICTED, AccessRules.levelOf(Open.class.getMethod("plain"), Open.class));
        assertEquals(Level.ADMIN_ONLY, AccessRules.levelOf(Open.class.getMethod("admin"), Open.class));
    }
}
