package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. REST v2 (Jira 10+) access annotation; package usage-confirmed in plugins that
 * ship (deftdevs/bootstrapi on Jira 10.7/11.3). Retention and targets as the REST v1 twins [C DEC rest-module-7.1.9].
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AnonymousSiteAccess {
}
