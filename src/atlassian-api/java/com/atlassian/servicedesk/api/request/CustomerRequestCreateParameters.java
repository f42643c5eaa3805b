package com.atlassian.servicedesk.api.request;

import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.requesttype.RequestType;

/**
 * Stand-in. Source [C]: JSM javadoc 3.2.0, 4.0.0, 10.0.1, 10.3.0, 10.3.2, 10.3.12 and 11.1.0 ({@code @PublicApi public
 * interface CustomerRequestCreateParameters}, "Parameters to create an CustomerRequest"); its nested {@code @PublicApi
 * public static interface Builder}: {@code serviceDesk(ServiceDesk)} ("Set the service project"),
 * {@code requestType(RequestType)}, {@code fieldValue(FieldId, FieldInputValue)} ("Add a pair field and its value"),
 * {@code raiseOnBehalfOf(String userName)} ("Set the user to create this customer request on behalf of"; a user
 * <em>name</em>, and "dependent on executing user's permission"), {@code build()}. The parameters' own accessors and
 * the builder's other methods are left out: the code only builds.
 */
public interface CustomerRequestCreateParameters {

    interface Builder {
        Builder serviceDesk(ServiceDesk serviceDesk);

        Builder requestType(RequestType requestType);

        Builder fieldValue(FieldId fieldId, FieldInputValue fieldValue);

        Builder raiseOnBehalfOf(String userName);

        CustomerRequestCreateParameters build();
    }
}
