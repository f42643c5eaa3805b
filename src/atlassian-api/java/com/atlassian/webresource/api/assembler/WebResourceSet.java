package com.atlassian.webresource.api.assembler;

import com.atlassian.webresource.api.UrlMode;

import java.io.Writer;

/**
 * Stand-in. Source: GitHub ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/WebResourceSet.java}
 * [C DEC]: an interface; only {@code writeHtmlTags(Writer, UrlMode)} is used (the predicate overload,
 * {@code writePrefetchLinks}, {@code getResources} and {@code isComplete} left out).
 */
public interface WebResourceSet {
    void writeHtmlTags(Writer writer, UrlMode urlMode);
}
