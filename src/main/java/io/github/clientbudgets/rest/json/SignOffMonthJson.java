package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A budget's months with figures or a sign-off, newest first: the month's current approved totals, whether it is
 * locked, its latest sign-off (or null), {@code toInvoice} (locked and signed) and whether the caller may sign it now.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SignOffMonthJson(
        @JsonProperty("period") String period,
        @JsonProperty("hours") String hours,
        @JsonProperty("amount") String amount,
        @JsonProperty("currency") String currency,
        @JsonProperty("locked") boolean locked,
        @JsonProperty("toInvoice") boolean toInvoice,
        @JsonProperty("maySign") boolean maySign,
        @JsonProperty("signOff") SignOffJson signOff) {

    /** The months and whether the caller is a Client Manager of the budget at all. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Months(@JsonProperty("clientManager") boolean clientManager,
                         @JsonProperty("months") List<SignOffMonthJson> months) {
    }
}
