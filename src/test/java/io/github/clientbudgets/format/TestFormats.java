package io.github.clientbudgets.format;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.github.clientbudgets.devhost.jira.HostDateTimeFormatters;
import io.github.clientbudgets.web.page.ReaderFormats;

import java.util.Locale;
import java.util.TimeZone;

/**
 * A reader's formats for tests, built the way pages build them: {@link ReaderFormats} over a Jira authentication
 * context that answers a fixed locale and the dev host's Jira date-time formatter (Jira's default patterns, UTC).
 */
public final class TestFormats {
    private TestFormats() {
    }

    /** The instance default of the dev host: American English. */
    public static Formats english() {
        return reader(Locale.US).current();
    }

    public static Formats german() {
        return reader(Locale.GERMANY).current();
    }

    public static ReaderFormats reader(Locale locale) {
        JiraAuthenticationContext context = new JiraAuthenticationContext() {
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
                return locale;
            }
        };
        return new ReaderFormats(context, new HostDateTimeFormatters(context, locale,
                () -> TimeZone.getTimeZone("UTC")));
    }
}
