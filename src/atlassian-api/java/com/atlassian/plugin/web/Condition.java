package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;

import java.util.Map;

/** Stand-in. Source: [C DEC webfragment-api-6.0.1]. */
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
