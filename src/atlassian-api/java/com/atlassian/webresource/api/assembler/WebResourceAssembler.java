package com.atlassian.webresource.api.assembler;

/**
 * Stand-in. Source: GitHub ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/WebResourceAssembler.java}
 * [C DEC]: an interface; {@code AssembledResources assembled()} and {@code RequiredResources resources()} are used
 * ({@code data()}, {@code copy()} left out).
 */
public interface WebResourceAssembler {
    AssembledResources assembled();

    RequiredResources resources();
}
