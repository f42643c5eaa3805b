package io.github.clientbudgets.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {
    @ParameterizedTest
    @CsvSource({"EUR,12.5,12.50,1250", "JPY,1200,1200,1200", "KWD,1.25,1.250,1250", "EUR,0,0.00,0"})
    void parsesWithinTheCurrencysDecimalsAndStoresMinorUnits(String code, String text, String expected, long minor) {
        Errors errors = new Errors();
        Currency currency = Currency.getInstance(code);
        BigDecimal amount = Money.amount(text, currency, "x", errors);
        assertTrue(errors.isEmpty());
        assertEquals(new BigDecimal(expected), amount);
        assertEquals(minor, Money.toMinor(amount, currency));
        assertEquals(amount, Money.fromMinor(minor, currency));
    }

    @ParameterizedTest
    @CsvSource({"EUR,12.555", "JPY,1.5", "KWD,1.2345", "EUR,-1", "EUR,1e3", "EUR,abc", "EUR,'1,5'"})
    void refusesTooManyDecimalsNegativesAndNonNumbers(String code, String text) {
        Errors errors = new Errors();
        assertNull(Money.amount(text, Currency.getInstance(code), "x", errors));
        assertFalse(errors.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"eur", "EURO", "XXX", "ABC", "''"})
    void refusesWhatIsNotAMoneyCurrency(String code) {
        Errors errors = new Errors();
        assertNull(Money.currency(code, "currency", errors));
        assertTrue(errors.has("currency"));
    }

    @Test
    void hoursBecomeWholeSeconds() {
        Errors errors = new Errors();
        assertEquals(5400L, Hours.toSeconds("1.5", "h", errors));
        assertEquals(36L, Hours.toSeconds("0.01", "h", errors));
        assertNull(Hours.toSeconds("0.001", "h", errors));
        assertTrue(errors.has("h"));
        assertEquals("1.50", Hours.format(5400L));
    }
}
