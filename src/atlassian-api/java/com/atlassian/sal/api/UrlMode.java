package com.atlassian.sal.api;

/** Stand-in. Source: [C DEC sal-api-5.1.4]: {@code enum UrlMode { CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO }}. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
