package com.atlassian.webresource.api.assembler;

/**
 * Stand-in. Source: GitHub ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/PageBuilderService.java}
 * [C DEC]: an interface, {@code WebResourceAssembler assembler()} (the request's assembler; {@code seed} left out,
 * unused). {@code @ExperimentalApi} on the real type is left out (no effect on linking).
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
