package com.atlassian.sal.api;

/** Stand-in. Source: ATLASSIAN-API.md (com.atlassian.sal.api): {@code enum UrlMode { CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO }}. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
