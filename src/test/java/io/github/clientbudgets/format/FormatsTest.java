package io.github.clientbudgets.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures as a reader sees them, in English (the dev host's default) and German. */
class FormatsTest {
    private static final String NBSP = "\u00a0";
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");
    private final Formats en = TestFormats.english();
    private final Formats de = TestFormats.german();

    @Test
    void moneyHasTheCurrencysSymbolAndTheReadersDigitsAndGrouping() {
        assertEquals("€60,000.00", en.money(new BigDecimal("60000.00"), EUR));
        assertEquals("60.000,00" + NBSP + "€", de.money(new BigDecimal("60000.00"), EUR));
        assertEquals("€1,234,567.89", en.money(new BigDecimal("1234567.89"), EUR));
        assertEquals("-€250.00", en.money(new BigDecimal("-250.00"), EUR), "over budget: a negative remainder");
    }

    @Test
    void aCurrencyWhoseSymbolDiffersFromItsCode() {
        assertEquals("$4,227.50", en.money(new BigDecimal("4227.50"), USD));
        assertEquals("4.227,50" + NBSP + "$", de.money(new BigDecimal("4227.50"), USD));
        assertEquals("£95.00", en.money(new BigDecimal("95"), GBP));
    }

    @Test
    void theCurrencysMinorUnitDecidesTheDecimalsNotTheLocale() {
        assertEquals("¥60,000", en.money(new BigDecimal("60000"), JPY), "the yen has no minor unit");
        assertEquals("60.000" + NBSP + "¥", de.money(new BigDecimal("60000"), JPY));
        assertEquals("KWD1,234.500", en.money(new BigDecimal("1234.5"), KWD), "the dinar has three");
        assertEquals("€0.50", en.money(new BigDecimal("0.5"), EUR));
        assertEquals("¥3", en.money(new BigDecimal("3"), JPY), "one reader, several currencies: each its own digits");
        assertEquals("1.50", en.hours(5400L));
        assertEquals("12.5" + NBSP + "%", en.percent(new BigDecimal("12.5")), "hours and percentages apart too");
    }

    @Test
    void hoursAreDecimalsWithTwoPlacesAndGrouping() {
        long seconds = 4227 * 3600L + 1800;
        assertEquals("4,227.50", en.hours(seconds));
        assertEquals("4.227,50", de.hours(seconds));
        assertEquals("1.50", en.hours(5400L));
        assertEquals("0.01", en.hours(36L), "36 s is a hundredth of an hour");
        assertEquals("1,234,567.00", en.hours(1_234_567 * 3600L));
        assertEquals("1,50" + NBSP + "h", de.hoursWithUnit(5400L));
        assertEquals("-2.00", en.hours(-7200L), "a budget overrun leaves negative hours");
    }

    @Test
    void percentagesInTheReadersDigits() {
        assertEquals("42" + NBSP + "%", en.percent(42));
        assertEquals("12.5" + NBSP + "%", en.percent(new BigDecimal("12.50")));
        assertEquals("12,5" + NBSP + "%", de.percent(new BigDecimal("12.50")));
        assertEquals("10" + NBSP + "%", de.percent(new BigDecimal("10.00")));
    }

    @Test
    void datesInJirasFormatAndTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        assertEquals("08/Dec/26", en.date(day));
        assertEquals("08/Dez./26", de.date(day));
        assertEquals("04/Nov/26 10:00 AM", en.dateTime(Instant.parse("2026-11-04T10:00:00Z")));
        assertEquals("December 2026", en.month(YearMonth.of(2026, 12)));
        assertEquals("Dezember 2026", de.month(YearMonth.of(2026, 12)));
    }

    @Test
    void nothingShowsAsEmpty() {
        assertEquals("", en.money(null, EUR));
        assertEquals("", en.hours((Long) null));
        assertEquals("", en.hoursWithUnit(null));
        assertEquals("", en.percent((Integer) null));
        assertEquals("", en.percent((BigDecimal) null));
        assertEquals("", en.date(null));
        assertEquals("", en.dateTime(null));
        assertEquals("", en.month(null));
    }

    @Test
    void theLocaleIsTheReadersNotTheMachines() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("€60,000.00", TestFormats.english().money(new BigDecimal("60000.00"), EUR));
            assertEquals("08/Dec/26", TestFormats.english().date(LocalDate.of(2026, 12, 8)));
        } finally {
            Locale.setDefault(machine);
        }
    }
}
