package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in. Exempts a REST method from Atlassian REST's XSRF check; usage-confirmed (Atlassian's
 * own decompiled REST resources). Targets assumed TYPE and METHOD.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface XsrfProtectionExcluded {
}
