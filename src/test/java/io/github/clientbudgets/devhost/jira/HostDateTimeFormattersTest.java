package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The host's Jira date-time formatter: Jira's default patterns, the logged-in user's locale at each call. */
class HostDateTimeFormattersTest {
    private final AtomicReference<Locale> userLocale = new AtomicReference<>(Locale.US);
    private final JiraAuthenticationContext context = new JiraAuthenticationContext() {
        @Override
        public ApplicationUser getLoggedInUser() {
            return null;
        }

        @Override
        public boolean isLoggedInUser() {
            return false;
        }

        @Override
        public Locale getLocale() {
            return userLocale.get();
        }
    };
    private final HostDateTimeFormatters factory = new HostDateTimeFormatters(context, Locale.US,
            () -> TimeZone.getTimeZone("Europe/Berlin"));
    private final Date instant = Date.from(java.time.Instant.parse("2026-12-08T23:30:00Z"));

    @Test
    void forTheLoggedInUserTheLocaleIsAskedAtEachCall() {
        DateTimeFormatter user = factory.formatter().forLoggedInUser().withStyle(DateTimeStyle.DATE);
        assertEquals("09/Dec/26", user.format(instant), "Jira's default zone here: Berlin, already the 9th");
        userLocale.set(Locale.GERMANY);
        assertEquals("09/Dez./26", user.format(instant), "the same formatter, reused: now a German reader");
        assertEquals("09/Dec/26", factory.formatter().withStyle(DateTimeStyle.DATE).format(instant),
                "not for the user: the instance's default locale");
    }

    @Test
    void completeHasTheTimeAndTheSystemZoneCanBeChosen() {
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            DateTimeFormatter complete = factory.formatter().withStyle(DateTimeStyle.COMPLETE);
            assertEquals("09/Dec/26 12:30 AM", complete.format(instant));
            assertEquals("08/Dec/26 11:30 PM", complete.withSystemZone().format(instant));
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void stylesTheHostDoesNotFormatRefuseLoudly() {
        assertThrows(UnsupportedOperationException.class, () -> factory.formatter().format(instant),
                "Jira's default style is RELATIVE");
        assertThrows(UnsupportedOperationException.class,
                () -> factory.formatter().withStyle(DateTimeStyle.RSS_RFC822_DATE_TIME).format(instant));
    }
}
