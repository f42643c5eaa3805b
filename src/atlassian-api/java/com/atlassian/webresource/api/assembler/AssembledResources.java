package com.atlassian.webresource.api.assembler;

/**
 * Stand-in. Source: GitHub ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/AssembledResources.java}
 * [C DEC]: an interface; only {@code drainIncludedResources()} is used ({@code pollIncludedResources()}, {@code peek()}
 * and the deprecated default method left out).
 */
public interface AssembledResources {
    WebResourceSet drainIncludedResources();
}
