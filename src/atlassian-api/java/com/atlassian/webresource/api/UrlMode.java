package com.atlassian.webresource.api;

/**
 * Stand-in. Source: GitHub ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/UrlMode.java} [C DEC].
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    AUTO
}
