package io.github.clientbudgets.access;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Membership through JSM: an answer from getById means member; a refusal, null, or no JSM at all means not. */
class JsmCustomerOrganizationsTest {
    private final UserManager users = mock(UserManager.class);
    private final OrganizationService jsm = mock(OrganizationService.class);
    private final ApplicationUser clara = mock(ApplicationUser.class);
    private final com.atlassian.jira.project.ProjectManager projects = mock(com.atlassian.jira.project.ProjectManager.class);

    @Test
    void aMemberIsWhoJsmAnswersFor() {
        when(users.getUserByKey("client")).thenReturn(clara);
        when(jsm.getById(clara, 7)).thenReturn(mock(CustomerOrganization.class));
        when(jsm.getById(clara, 8)).thenThrow(new IllegalArgumentException("not a member"));
        when(jsm.getById(clara, 9)).thenReturn(null);

        assertEquals(Set.of(7), new JsmCustomerOrganizations(users, projects, () -> jsm).memberships("client", List.of(7, 8, 9)));
        assertEquals(Set.of(), new JsmCustomerOrganizations(users, projects, () -> jsm).memberships("ghost", List.of(7)));
    }

    @Test
    void withoutJsmNobodyIsAMember() {
        when(users.getUserByKey("client")).thenReturn(clara);
        assertEquals(Set.of(), new JsmCustomerOrganizations(users, projects).memberships("client", List.of(7)),
                "no OrganizationService found (as in a Jira without JSM)");
    }

    @Test
    void aServiceThatFailsMakesNobodyAMember() {
        when(users.getUserByKey("client")).thenReturn(clara);
        OrganizationService unavailable = mock(OrganizationService.class);
        when(unavailable.getById(any(), any())).thenThrow(new IllegalStateException("service unavailable"));
        assertEquals(Set.of(), new JsmCustomerOrganizations(users, projects, () -> unavailable).memberships("client", List.of(7)));
    }
}
