package com.atlassian.cache;

/**
 * Stand-in. The type CacheSettingsBuilder.build() returns and CacheFactory.getCache takes ([C DEC
 * atlassian-cache-api-6.0.2]). Its kind and members were not checked: our code only passes it along and
 * calls none of its members, so its kind does not matter for linking inside Jira.
 */
public interface CacheSettings {
}
