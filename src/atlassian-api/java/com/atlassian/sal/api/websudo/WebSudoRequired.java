package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4]: runtime, on packages, types and methods, inherited.
 * Atlassian REST's {@code WebSudoResourceFilter} (rest-module 7.1.9, DEC) enforces it on resources, except for
 * requests authenticated by HTTP Basic (or a personal access token without a session): {@code SalWebSudoResourceContext}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
