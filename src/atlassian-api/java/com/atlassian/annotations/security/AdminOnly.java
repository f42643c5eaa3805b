package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Servlet access annotation of Platform 7 (atlassian-annotations); usage-confirmed on servlets
 * (Atlassian's refapp tutorial). Targets as the REST v1 twin [C DEC rest-module-7.1.9].
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AdminOnly {
}
