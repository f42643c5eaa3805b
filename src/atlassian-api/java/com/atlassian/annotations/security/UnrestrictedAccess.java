package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Servlet access annotation of Platform 7 (atlassian-annotations); usage-confirmed (plugins that ship:
 * TPI on Jira 10.3, ONLYOFFICE on a servlet). Everyone passes the platform's check: our code authorizes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnrestrictedAccess {
}
