package io.github.clientbudgets.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Exact money: decimal strings in, BigDecimal in the domain, integer minor units in the database. No floating point.
 */
public final class Money {
    private static final BigDecimal MAX = new BigDecimal("9999999999");
    private Money() {
    }

    /** A real ISO 4217 currency with a defined number of decimals (not XXX, XAU...), or null with an error. */
    public static Currency currency(String code, String field, Errors errors) {
        if (code == null || code.isBlank()) {
            errors.add(field, "client-budgets.error.currency.required");
            return null;
        }
        if (!code.matches("[A-Z]{3}")) {
            errors.add(field, "client-budgets.error.currency.format");
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                errors.add(field, "client-budgets.error.currency.notMoney", code);
                return null;
            }
            return currency;
        } catch (IllegalArgumentException e) {
            errors.add(field, "client-budgets.error.currency.unknown", code);
            return null;
        }
    }

    /**
     * Parses a non-negative amount with at most the currency's decimals ("12.50" EUR, "1200" JPY, "1.250" KWD);
     * null when absent or invalid (then with an error).
     */
    public static BigDecimal amount(String text, Currency currency, String field, Errors errors) {
        BigDecimal value = decimal(text, field, errors);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            errors.add(field, "client-budgets.error.negative");
            return null;
        }
        if (currency != null && value.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            errors.add(field, "client-budgets.error.currency.decimals", currency.getDefaultFractionDigits(),
                    currency.getCurrencyCode());
            return null;
        }
        // 10^10 keeps amount x (10,000 + markup basis points) inside a BIGINT in the summary's SQL, even in KWD
        if (value.compareTo(MAX) > 0) {
            errors.add(field, "client-budgets.error.tooLarge");
            return null;
        }
        return currency == null ? value : value.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    /** A plain decimal number ("12", "12.5"); no exponent, no thousands separators. */
    public static BigDecimal decimal(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            errors.add(field, "client-budgets.error.decimal");
            return null;
        }
        return new BigDecimal(text.strip());
    }

    public static long toMinor(BigDecimal amount, Currency currency) {
        return amount.movePointRight(currency.getDefaultFractionDigits()).setScale(0, RoundingMode.UNNECESSARY)
                .longValueExact();
    }

    public static BigDecimal fromMinor(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /** Rounds half up to the currency's minor unit. */
    public static BigDecimal round(BigDecimal value, Currency currency) {
        return value.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
