package com.atlassian.jira.datetime;

/**
 * Stand-in. Source: [C J63 datetime/DateTimeStyle.java] (Jira 6.3.15 source, GitHub turgaycelik/mysource
 * {@code jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/datetime/DateTimeStyle.java}):
 * {@code public enum DateTimeStyle}, since 4.4. Usage in 7+: [U] Everit's Jira timetracker
 * ({@code withStyle(DateTimeStyle.DATE).withSystemZone()}, {@code withStyle(DateTimeStyle.COMPLETE)}). The plugin
 * names only {@code DATE} and {@code COMPLETE}; the other constants are Jira's, listed in Jira's order.
 */
public enum DateTimeStyle {
    TIME,
    /** Day, month and year (Jira's {@code jira.lf.date.dmy} pattern, default {@code dd/MMM/yy}). */
    DATE,
    /** Date and time (Jira's {@code jira.lf.date.complete} pattern, default {@code dd/MMM/yy h:mm a}). */
    COMPLETE,
    RELATIVE,
    DATE_TIME_PICKER,
    DATE_PICKER,
    RELATIVE_WITH_TIME_ONLY,
    RELATIVE_ALWAYS_WITH_TIME,
    RELATIVE_WITHOUT_TIME,
    ISO_8601_DATE_TIME,
    ISO_8601_DATE,
    RSS_RFC822_DATE_TIME
}
