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

    /** An organization's members, page by page, as the asking agent; a refusal (not an agent) or no JSM: none. */
    @Test
    void membersArePagedThroughAsTheAgentWhoAsks() {
        ApplicationUser pm = mock(ApplicationUser.class);
        when(users.getUserByKey("pm")).thenReturn(pm);
        CustomerOrganization acme = mock(CustomerOrganization.class);
        when(jsm.getById(pm, 7)).thenReturn(acme);
        com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery.Builder builder =
                mock(com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery.Builder.class,
                        org.mockito.Mockito.RETURNS_SELF);
        com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery first =
                mock(com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery.class);
        com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery second =
                mock(com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery.class);
        when(jsm.newUsersInOrganizationQuery()).thenReturn(builder);
        when(builder.build()).thenReturn(first, second);
        var firstPage = page(true, user("a"), user("b"));
        var secondPage = page(false, user("c"));
        when(jsm.getUsersInOrganization(pm, first)).thenReturn(firstPage);
        when(jsm.getUsersInOrganization(pm, second)).thenReturn(secondPage);

        assertEquals(List.of("a", "b", "c"), new JsmCustomerOrganizations(users, projects, () -> jsm).memberKeys("pm", 7));
        org.mockito.Mockito.verify(builder, org.mockito.Mockito.times(2)).customerOrganization(acme);
        org.mockito.Mockito.verify(builder).pagedRequest(org.mockito.ArgumentMatchers.argThat(r -> r.getStart() == 0));
        org.mockito.Mockito.verify(builder).pagedRequest(org.mockito.ArgumentMatchers.argThat(r -> r.getStart() == 50));

        when(users.getUserByKey("client")).thenReturn(clara);
        when(jsm.getById(clara, 7)).thenThrow(new IllegalStateException("no agent"));
        assertEquals(List.of(), new JsmCustomerOrganizations(users, projects, () -> jsm).memberKeys("client", 7));
        assertEquals(List.of(), new JsmCustomerOrganizations(users, projects, () -> jsm).memberKeys("ghost", 7));
        assertEquals(List.of(), new JsmCustomerOrganizations(users, projects, () -> null).memberKeys("pm", 7));
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    @SuppressWarnings("unchecked")
    private static com.atlassian.servicedesk.api.util.paging.PagedResponse<ApplicationUser> page(boolean more,
                                                                                                ApplicationUser... users) {
        com.atlassian.servicedesk.api.util.paging.PagedResponse<ApplicationUser> page =
                mock(com.atlassian.servicedesk.api.util.paging.PagedResponse.class);
        when(page.getResults()).thenReturn(List.of(users));
        when(page.hasNextPage()).thenReturn(more);
        return page;
    }
}
