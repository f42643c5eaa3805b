package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.security.JiraAuthenticationContext;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Jira's {@code DateTimeFormatterFactory} and its immutable formatters, as Jira's {@code JodaDateTimeFormatter}
 * formats: the style's pattern from the look-and-feel settings (defaults {@code jira.lf.date.dmy = dd/MMM/yy},
 * {@code jira.lf.date.complete = dd/MMM/yy h:mm a}) in a locale and a time zone. {@code forLoggedInUser()} takes the
 * locale (and zone) of whoever is logged in at each call; the host's users have no time zone of their own, so theirs
 * is the instance's. Only the styles listed here are implemented; any other refuses loudly rather than answering
 * something Jira would not, and so does a formatter without a style (Jira's default there is RELATIVE).
 */
public final class HostDateTimeFormatters implements DateTimeFormatterFactory {
    /** Jira's default patterns of the styles the host implements. */
    static final Map<DateTimeStyle, String> PATTERNS = Map.of(
            DateTimeStyle.DATE, "dd/MMM/yy",
            DateTimeStyle.COMPLETE, "dd/MMM/yy h:mm a",
            DateTimeStyle.ISO_8601_DATE, "yyyy-MM-dd");

    private final JiraAuthenticationContext authenticationContext;
    private final Locale defaultLocale;
    private final Supplier<TimeZone> defaultZone;

    public HostDateTimeFormatters(JiraAuthenticationContext authenticationContext, Locale defaultLocale,
                                  Supplier<TimeZone> defaultZone) {
        this.authenticationContext = authenticationContext;
        this.defaultLocale = defaultLocale;
        this.defaultZone = defaultZone;
    }

    /** Jira's default zone and locale, the RELATIVE style (which the host does not format). */
    @Override
    public DateTimeFormatter formatter() {
        return new Formatter(DateTimeStyle.RELATIVE, false, null, null);
    }

    private final class Formatter implements DateTimeFormatter {
        private final DateTimeStyle style;
        private final boolean loggedInUser;
        /** null: Jira's default (or the logged-in user's) at each call. */
        private final TimeZone zone;
        private final Locale locale;

        Formatter(DateTimeStyle style, boolean loggedInUser, TimeZone zone, Locale locale) {
            this.style = style;
            this.loggedInUser = loggedInUser;
            this.zone = zone;
            this.locale = locale;
        }

        @Override
        public String format(Date date) {
            Objects.requireNonNull(date, "date");
            String pattern = style == null ? null : PATTERNS.get(style);
            if (pattern == null) {
                throw new UnsupportedOperationException("the dev host does not format Jira's " + style + " style");
            }
            Locale shown = locale != null ? locale : loggedInUser ? authenticationContext.getLocale() : defaultLocale;
            SimpleDateFormat format = new SimpleDateFormat(pattern, shown);
            format.setTimeZone(zone != null ? zone : defaultZone.get());
            return format.format(date);
        }

        @Override
        public DateTimeFormatter forLoggedInUser() {
            return new Formatter(style, true, zone, locale);
        }

        @Override
        public DateTimeFormatter withSystemZone() {
            return new Formatter(style, loggedInUser, TimeZone.getDefault(), locale);
        }

        @Override
        public DateTimeFormatter withStyle(DateTimeStyle newStyle) {
            return new Formatter(newStyle == null ? DateTimeStyle.RELATIVE : newStyle, loggedInUser, zone, locale);
        }
    }
}
