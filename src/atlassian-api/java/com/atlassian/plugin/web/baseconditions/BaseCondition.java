package com.atlassian.plugin.web.baseconditions;

/** Stand-in. Source: [C DEC webfragment-api-6.0.1]: Condition's super-interface. */
public interface BaseCondition {
}
