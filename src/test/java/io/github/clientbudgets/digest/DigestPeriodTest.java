package io.github.clientbudgets.digest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest's period, table-driven: previous full month or ISO week, across year ends and leap years. */
class DigestPeriodTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // today,      key,      from,        to
            "2026-12-08, 2026-11, 2026-11-01, 2026-11-30",
            "2026-12-01, 2026-11, 2026-11-01, 2026-11-30",
            "2026-11-30, 2026-10, 2026-10-01, 2026-10-31",
            "2027-01-01, 2026-12, 2026-12-01, 2026-12-31", // year end
            "2027-01-31, 2026-12, 2026-12-01, 2026-12-31",
            "2028-03-01, 2028-02, 2028-02-01, 2028-02-29", // leap year
            "2027-03-15, 2027-02, 2027-02-01, 2027-02-28",
            "2100-03-01, 2100-02, 2100-02-01, 2100-02-28", // a century that is no leap year
            "2000-03-01, 2000-02, 2000-02-01, 2000-02-29", // one that is
    })
    void monthly(LocalDate today, String key, LocalDate from, LocalDate to) {
        assertEquals(new DigestPeriod(key, from, to), DigestPeriod.previous(DigestFrequency.MONTHLY, today));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // today (weekday),        key,       from (Monday), to (Sunday)
            "2026-12-08, 2026-W49, 2026-11-30, 2026-12-06", // a Tuesday
            "2026-12-07, 2026-W49, 2026-11-30, 2026-12-06", // a Monday: last week is complete
            "2026-12-06, 2026-W48, 2026-11-23, 2026-11-29", // a Sunday: this week is not over
            "2027-01-04, 2026-W53, 2026-12-28, 2027-01-03", // 2026 has 53 ISO weeks; the week spans the year end
            "2026-01-05, 2026-W01, 2025-12-29, 2026-01-04", // ISO 2026-W01 starts in December 2025
            "2021-01-04, 2020-W53, 2020-12-28, 2021-01-03", // 2020 (a leap year starting on Wednesday): 53 weeks
            "2024-03-04, 2024-W09, 2024-02-26, 2024-03-03", // across a leap day
            "2025-01-01, 2024-W52, 2024-12-23, 2024-12-29", // a Wednesday New Year: 2025-W01 is not over
    })
    void weekly(LocalDate today, String key, LocalDate from, LocalDate to) {
        assertEquals(new DigestPeriod(key, from, to), DigestPeriod.previous(DigestFrequency.WEEKLY, today));
    }

    @Test
    void offHasNoPeriod() {
        assertThrows(IllegalArgumentException.class, () -> DigestPeriod.previous(DigestFrequency.OFF, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aPeriodOverlapsTheBudgetWhenTheyShareADay() {
        DigestPeriod november = DigestPeriod.previous(DigestFrequency.MONTHLY, LocalDate.of(2026, 12, 8));
        assertTrue(november.overlaps(LocalDate.of(2026, 11, 30), null));
        assertTrue(november.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1)));
        assertFalse(november.overlaps(LocalDate.of(2026, 12, 1), null), "the budget starts after it");
        assertFalse(november.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31)), "the budget ended before it");
    }
}
