package com.atlassian.servicedesk.api.organization;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * Stand-in. Source: [C JSMD 5.12.17 and 10.3.x]: {@code @PublicApi public interface
 * OrganizationService}, {@code CustomerOrganization getById(ApplicationUser u, Integer organizationId)} ("if user is
 * an agent or a member of the organization", JSM javadoc); {@code PagedResponse<CustomerOrganization>
 * getOrganizations(ApplicationUser user, OrganizationsQuery requestQuery)} ("Returns a list of organizations in the
 * Jira instance based on query parameters", JSM javadoc 4.9 to 10.3.2) and {@code OrganizationsQuery.Builder
 * newOrganizationsQueryBuilder()} (JSM javadoc "Uses of OrganizationsQuery.Builder" 3.9 to 10.7; [U] scripts on
 * JSM 4+ call both so). JSM's REST on the same service: a user who is no agent gets only the organizations he is a
 * member of. {@code PagedResponse<ApplicationUser> getUsersInOrganization(ApplicationUser user,
 * UsersInOrganizationQuery query)} ("Gets all the applicationUsers in a given organization") and
 * {@code UsersInOrganizationQuery.Builder newUsersInOrganizationQuery()} (JSM javadoc "Uses of
 * UsersInOrganizationQuery" 3.9 to 10.3.2). Only what the code calls.
 */
public interface OrganizationService {
    CustomerOrganization getById(ApplicationUser user, Integer organizationId);

    PagedResponse<CustomerOrganization> getOrganizations(ApplicationUser user, OrganizationsQuery requestQuery);

    OrganizationsQuery.Builder newOrganizationsQueryBuilder();

    PagedResponse<ApplicationUser> getUsersInOrganization(ApplicationUser user, UsersInOrganizationQuery query);

    UsersInOrganizationQuery.Builder newUsersInOrganizationQuery();
}
