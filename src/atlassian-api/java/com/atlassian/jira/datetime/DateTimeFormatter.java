package com.atlassian.jira.datetime;

import java.util.Date;

/**
 * Stand-in. Source: [C J63 datetime/DateTimeFormatter.java] (Jira 6.3.15 source, GitHub turgaycelik/mysource
 * {@code jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/datetime/DateTimeFormatter.java}):
 * {@code public interface DateTimeFormatter} (thread-safe, since 4.4) with {@code String format(Date)},
 * {@code DateTimeFormatter forLoggedInUser()} (the logged-in user's time zone and locale at each call, else Jira's
 * defaults), {@code DateTimeFormatter withSystemZone()}, {@code DateTimeFormatter withStyle(DateTimeStyle)} (null:
 * Jira's default style). [U] Jira 7+ plugins chain them so: {@code formatter().forLoggedInUser()
 * .withStyle(DateTimeStyle.DATE).withSystemZone()} (Everit timetracker), {@code formatter().withStyle(DateTimeStyle
 * .DATE).forLoggedInUser()}. Only what the plugin calls; {@code forUser} is left out (its parameter type changed in
 * 7.0 from crowd {@code User} to {@code ApplicationUser}).
 */
public interface DateTimeFormatter {
    String format(Date date);

    DateTimeFormatter forLoggedInUser();

    DateTimeFormatter withSystemZone();

    DateTimeFormatter withStyle(DateTimeStyle style);
}
