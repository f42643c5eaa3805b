package io.github.clientbudgets.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a digest reports: the previous full calendar month ({@code "2026-11"}) or the previous full ISO week,
 * Monday to Sunday ({@code "2026-W48"}; the ISO week-based year, so the last days of December may belong to week 1
 * of the next year and the first days of January to week 52 or 53 of the last). Both ends are inclusive days.
 */
public record DigestPeriod(String key, LocalDate from, LocalDate to) {

    /** The last full period of that frequency before {@code today} (today's own period has not ended). */
    public static DigestPeriod previous(DigestFrequency frequency, LocalDate today) {
        return switch (frequency) {
            case MONTHLY -> month(YearMonth.from(today).minusMonths(1));
            case WEEKLY -> week(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1));
            case OFF -> throw new IllegalArgumentException("no digest, no period");
        };
    }

    static DigestPeriod month(YearMonth month) {
        return new DigestPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** The ISO week that starts on {@code monday}. */
    static DigestPeriod week(LocalDate monday) {
        int year = monday.get(IsoFields.WEEK_BASED_YEAR);
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new DigestPeriod(String.format(java.util.Locale.ROOT, "%04d-W%02d", year, week), monday, monday.plusDays(6));
    }

    /** Whether the period and the budget's dates (end open when null) share a day. */
    public boolean overlaps(LocalDate budgetStart, LocalDate budgetEnd) {
        return !to.isBefore(budgetStart) && (budgetEnd == null || !from.isAfter(budgetEnd));
    }
}
