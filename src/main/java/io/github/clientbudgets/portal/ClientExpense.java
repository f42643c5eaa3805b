package io.github.clientbudgets.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A billable expense as the client sees it: the amount with the markup already applied (the markup is internal). */
public record ClientExpense(long id, LocalDate date, String description, BigDecimal amount, Long serviceId) {
}
