package io.github.clientbudgets.period;

/**
 * A retainer's terms as a client sends them, text as in the JSON (hours and amounts as decimal strings, dates as
 * YYYY-MM-DD); {@link RetainerTerms#from} checks them. Field names are the JSON field names of the errors.
 */
public record RetainerTermsInput(String period, String allowanceHours, String allowanceAmount, String rollover,
                                 String rolloverCapHours, String startDate, String endDate) {
}
