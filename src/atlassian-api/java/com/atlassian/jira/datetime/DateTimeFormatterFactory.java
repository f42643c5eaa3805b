package com.atlassian.jira.datetime;

/**
 * Stand-in. Source: [C J63 datetime/DateTimeFormatterFactory.java] (Jira 6.3.15 source, GitHub turgaycelik/mysource
 * {@code jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/datetime/DateTimeFormatterFactory.java}):
 * {@code public interface DateTimeFormatterFactory} (an injectable component, since 4.4) with
 * {@code DateTimeFormatter formatter()}: Jira's default zone, locale and relative style, to be narrowed with
 * {@code forLoggedInUser()} and {@code withStyle}. [U] imported as an OSGi service by Jira 7+ plugins
 * ({@code @JiraImport DateTimeFormatterFactory}, {@code importOsgiService(DateTimeFormatterFactory.class)}).
 */
public interface DateTimeFormatterFactory {
    DateTimeFormatter formatter();
}
