package com.atlassian.webresource.api.assembler;

/**
 * Stand-in. Source: GitHub ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/RequiredResources.java}
 * [C DEC]: an interface whose require methods return {@code RequiredResources} (fluent). Only the two used:
 * {@code requireWebResource(String)} (a complete module key) and {@code requireContext(String)}; the
 * {@code ResourcePhase} overloads, {@code requireModule}, {@code exclude}, {@code requirePage} and the superbatch
 * methods are left out. The real parameters and results carry {@code javax.annotation.Nonnull} (no effect on linking).
 */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
