package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in. Source [C]: JSM javadoc 4.0.0, 4.13.20, 5.12.3, 10.3.0 and 10.3.2 ({@code @ParametersAreNonnullByDefault
 * @ReturnValuesAreNonnullByDefault @PublicApi public interface ServiceDeskCustomerRequestService}, "Used to perform
 * actions on CustomerRequest"): {@code CustomerRequestCreateParameters.Builder newCreateBuilder()} and
 * {@code CustomerRequest createCustomerRequest(@Nullable ApplicationUser user, CustomerRequestCreateParameters
 * customerRequestCreateParameters)}, throwing {@code ServiceDeskServiceException} (unchecked) on error. JSM 3.x
 * returned a fugue {@code Either} instead; 4.0 and later return the request. JSM 11.1 documents the same parameters
 * type. There is no {@code CustomerRequestService} in JSM's API: this is the service that creates requests. Only
 * what the code calls.
 */
public interface ServiceDeskCustomerRequestService {
    CustomerRequestCreateParameters.Builder newCreateBuilder();

    CustomerRequest createCustomerRequest(ApplicationUser user, CustomerRequestCreateParameters customerRequestCreateParameters);
}
