package com.atlassian.plugin.web.baseconditions;

/** Stand-in. Source: ATLASSIAN-API.md "Web fragments" [C DEC webfragment-api-6.0.1]: Condition's super-interface. */
public interface BaseCondition {
}
