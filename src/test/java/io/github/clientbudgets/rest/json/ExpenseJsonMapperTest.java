package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.review.ApprovalStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpenseJsonMapperTest {
    private final ExpenseJsonMapper mapper = new ExpenseJsonMapper();

    @Test
    void anExpenseCarriesEveryFieldInOrder() {
        Expense x = new Expense(5, 7, 3L, LocalDate.parse("2026-10-01"), "Hotel", new BigDecimal("120.50"), true,
                new BigDecimal("12.5"), ApprovalStatus.REJECTED, "dev", "no receipt", 4);
        assertEquals("{\"id\":5,\"budgetId\":7,\"serviceId\":3,\"date\":\"2026-10-01\",\"description\":\"Hotel\","
                + "\"amount\":\"120.50\",\"billable\":true,\"markupPercent\":\"12.5\",\"status\":\"REJECTED\","
                + "\"authorKey\":\"dev\",\"rejectionReason\":\"no receipt\",\"version\":4}", Json.of(mapper.expense(x)));
    }

    @Test
    void absentValuesAreWrittenAsNull() {
        Expense x = new Expense(6, 7, null, LocalDate.parse("2026-10-02"), "Taxi", new BigDecimal("1E+1"), false, null,
                ApprovalStatus.PENDING);
        assertEquals("{\"id\":6,\"budgetId\":7,\"serviceId\":null,\"date\":\"2026-10-02\",\"description\":\"Taxi\","
                + "\"amount\":\"10\",\"billable\":false,\"markupPercent\":null,\"status\":\"PENDING\","
                + "\"authorKey\":null,\"rejectionReason\":null,\"version\":0}", Json.of(mapper.expense(x)));
    }
}
