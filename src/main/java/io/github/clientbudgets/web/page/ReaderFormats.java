package io.github.clientbudgets.web.page;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.github.clientbudgets.format.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/**
 * The formats of whoever is reading the page: Jira's locale of the logged-in user (a portal customer's profile
 * language too; anyone without one gets the instance's default language) and Jira's own date-time formatter for
 * that user. The only place that turns our dates into the {@code java.util.Date} Jira formats.
 */
public final class ReaderFormats {
    private final JiraAuthenticationContext authenticationContext;
    private final DateTimeFormatterFactory dateTimeFormatterFactory;

    public ReaderFormats(JiraAuthenticationContext authenticationContext,
                         DateTimeFormatterFactory dateTimeFormatterFactory) {
        this.authenticationContext = authenticationContext;
        this.dateTimeFormatterFactory = dateTimeFormatterFactory;
    }

    /** The current reader's locale: his profile language, else the instance's default. */
    public Locale locale() {
        return authenticationContext.getLocale();
    }

    /** The current reader's formats, for one request. */
    public Formats current() {
        DateTimeFormatter user = dateTimeFormatterFactory.formatter().forLoggedInUser();
        // a day has no zone: Jira formats its date style in the system zone, so midnight there is that very day
        DateTimeFormatter days = user.withStyle(DateTimeStyle.DATE).withSystemZone();
        DateTimeFormatter instants = user.withStyle(DateTimeStyle.COMPLETE);
        return Formats.of(locale(), new Formats.Dates() {
            @Override
            public String date(LocalDate day) {
                return days.format(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            }

            @Override
            public String dateTime(Instant at) {
                return instants.format(Date.from(at));
            }
        });
    }
}
