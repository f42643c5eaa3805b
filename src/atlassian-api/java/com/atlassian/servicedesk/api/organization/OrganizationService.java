package com.atlassian.servicedesk.api.organization;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in. Source: [C JSMD 5.12.17 and 10.3.x]: {@code @PublicApi public interface
 * OrganizationService}, {@code CustomerOrganization getById(ApplicationUser u, Integer organizationId)} ("if user is
 * an agent or a member of the organization", JSM javadoc). Only what the code calls.
 */
public interface OrganizationService {
    CustomerOrganization getById(ApplicationUser user, Integer organizationId);
}
