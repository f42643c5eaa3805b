package com.atlassian.servicedesk.api.portal;

/**
 * Stand-in. Source: JSM javadoc (4.x to 10.3.2 "Uses of Interface com.atlassian.servicedesk.api.portal.Portal",
 * {@code @PublicApi public interface Portal}) [C]; {@code int getId()} [U: a third-party script's API table,
 * "verified against Javadoc 4.0.0 to 11.3.4"]. The plugin never calls it; the dev host implements it.
 */
public interface Portal {
    int getId();
}
