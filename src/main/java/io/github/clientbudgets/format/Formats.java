package io.github.clientbudgets.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How one reader sees figures: money with the currency's symbol and digits, hours as decimals, dates in Jira's
 * format, all in the reader's locale. Built per request (the locale and the date formatter are the reader's) and
 * handed to the view objects, which return what the templates show; it belongs to that request and is not shared
 * across threads. Machine formats (REST, CSV, form values) never go through here.
 *
 * <p>Hours are decimal hours with grouping ("1,234.50", German "1.234,50"; with the unit where no label or message
 * names it), not Jira's "2d 3h 30m": agencies budget, approve and invoice decimal hours, the budget's own figures
 * are entered as decimal hours, and a duration in days would depend on the instance's hours per day, which a client
 * never sees.
 */
public final class Formats {
    /** Between a figure and its unit: a space that never breaks the line, as the locale's own currency formats use. */
    public static final char UNIT_SPACE = '\u00a0';
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Locale locale;
    private final Dates dates;
    /** The formats made so far (a page asks the same few many times); a request is one thread. */
    private final Map<Currency, NumberFormat> moneyFormats = new HashMap<>();
    private final Map<Integer, NumberFormat> decimalFormats = new HashMap<>();
    private final DateTimeFormatter months;
    private final DateTimeFormatter shortMonths;

    private Formats(Locale locale, Dates dates) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.months = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.shortMonths = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    /** The reader's formats: his locale and his date formatter. */
    public static Formats of(Locale locale, Dates dates) {
        return new Formats(locale, dates);
    }

    /** Dates as the reader's Jira shows them. Implemented over Jira's date-time formatter at the edge. */
    public interface Dates {
        /** A calendar day (no time, no zone): Jira's date style. */
        String date(LocalDate day);

        /** An instant, in the reader's time zone: Jira's date-and-time style. */
        String dateTime(Instant at);
    }

    public Locale locale() {
        return locale;
    }

    /** "€60,000.00" (en), "60.000,00 €" (de), "¥60,000" (JPY has no minor unit); "" for none. */
    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        return moneyFormats.computeIfAbsent(currency, c -> {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(c);
            // else the locale's digits: a Japanese reader would see euros without cents, an American yen with them
            format.setMinimumFractionDigits(c.getDefaultFractionDigits());
            format.setMaximumFractionDigits(c.getDefaultFractionDigits());
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }).format(amount);
    }

    /**
     * Decimal hours with two decimals and grouping, without the unit: 5400 s = "1.50", 4,227.5 h = "4,227.50" (en),
     * "4.227,50" (de). Pages show it where a label or a message names the unit ("Used hours", "{0} h"), so the
     * unit's place is the translator's.
     */
    public String hours(long seconds) {
        return decimal(BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP), 2, 2);
    }

    /** As {@link #hours(long)}; "" for none. */
    public String hours(Long seconds) {
        return seconds == null ? "" : hours(seconds.longValue());
    }

    /** Hours standing alone, with their unit: "1.50 h" (en), "1,50 h" (de); "" for none. */
    public String hoursWithUnit(Long seconds) {
        return seconds == null ? "" : hours(seconds.longValue()) + UNIT_SPACE + "h";
    }

    /** A percentage of up to two decimals: "10 %", "12.5 %" (en), "12,5 %" (de); "" for none. */
    public String percent(BigDecimal value) {
        return value == null ? "" : decimal(value, 0, 2) + UNIT_SPACE + "%";
    }

    /** A whole percentage: "42 %"; "" for none. */
    public String percent(Integer value) {
        return value == null ? "" : percent(BigDecimal.valueOf(value.longValue()));
    }

    /** A day in the reader's Jira date format ("08/Dec/26" with Jira's default pattern); "" for none. */
    public String date(LocalDate day) {
        return day == null ? "" : dates.date(day);
    }

    /** A plain figure with grouping and up to two decimals: "1,250", "12.5" (en), "1.250" (de); "" for none. */
    public String number(BigDecimal value) {
        return value == null ? "" : decimal(value, 0, 2);
    }

    /** A month, short, for an axis: "Sep 2026" (en), "Sept. 2026" (de); "" for none. */
    public String shortMonth(YearMonth month) {
        return month == null ? "" : shortMonths.format(month);
    }

    /** A month by its name in the reader's language: "December 2026", "Dezember 2026"; "" for none. */
    public String month(YearMonth month) {
        return month == null ? "" : months.format(month);
    }

    /** An instant in the reader's Jira date-and-time format and time zone; "" for none. */
    public String dateTime(Instant at) {
        return at == null ? "" : dates.dateTime(at);
    }

    private String decimal(BigDecimal value, int minDigits, int maxDigits) {
        return decimalFormats.computeIfAbsent(minDigits * 10 + maxDigits, k -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(true);
            format.setMinimumFractionDigits(minDigits);
            format.setMaximumFractionDigits(maxDigits);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }).format(value);
    }
}
