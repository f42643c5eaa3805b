package com.atlassian.servicedesk.api.organization;

/** Stand-in. Source: [C JSMD]: {@code @PublicApi public interface CustomerOrganization { int getId(); String getName(); }}. */
public interface CustomerOrganization {
    int getId();

    String getName();
}
