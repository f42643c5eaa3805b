package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.forecast.Basis;
import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.forecast.Forecasts;
import io.github.clientbudgets.summary.PeriodSummary;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.testing.FakePermissions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetJsonMapperTest {
    private final BudgetJsonMapper mapper = new BudgetJsonMapper(new FakePermissions().project(10, "ACME").user("pm"));

    @Test
    void aBudgetCarriesEveryFieldInOrderNullsIncluded() {
        Budget b = new Budget(7, 10, "Website", BudgetType.TIME_AND_MATERIALS, Currency.getInstance("EUR"),
                LocalDate.parse("2026-09-01"), null, new BigDecimal("10000.00"), null, null, BudgetStatus.OPEN, true,
                false, true, false, 80, 100);
        assertEquals("{\"id\":7,\"projectId\":10,\"projectKey\":\"ACME\",\"name\":\"Website\",\"type\":\"TIME_AND_MATERIALS\","
                + "\"currency\":\"EUR\",\"totalAmount\":\"10000.00\",\"totalHours\":null,\"startDate\":\"2026-09-01\","
                + "\"endDate\":null,\"ownerKey\":null,\"ownerName\":null,\"status\":\"OPEN\",\"approvalRequired\":true,"
                + "\"clientAccess\":false,\"showPersonNames\":true,\"showComments\":false,\"showForecast\":false,\"alertWarnPercent\":80,"
                + "\"alertCriticalPercent\":100,\"version\":0,\"canManage\":false,\"retainer\":null}",
                Json.of(mapper.budget(b, false)));
    }

    @Test
    void theProjectKeyIsNullForAProjectThatIsGone() {
        Budget b = new Budget(7, 99, "Old", BudgetType.FIXED_PRICE, Currency.getInstance("USD"),
                LocalDate.parse("2026-09-01"), null, null, 3600L, "pm", BudgetStatus.OPEN, false, false, false, false, 80, 100);
        BudgetJson json = mapper.budget(b, true);
        assertEquals(null, json.projectKey());
        assertEquals("1.00", json.totalHours());
        assertEquals("PM", json.ownerName());
        assertEquals(true, json.canManage());
    }

    @Test
    void aSummaryWithItsServicesAndPeriods() {
        Summary s = new Summary(7, Currency.getInstance("EUR"), new BigDecimal("100.00"), new BigDecimal("40.00"),
                new BigDecimal("60.00"), new BigDecimal("0.00"), 36000L, 7200L, 1800L, 28800L, 40, new BigDecimal("5.00"),
                List.of(new ServiceSummary(3, "Dev", Billing.HOURLY, null, 7200L, 3600L, new BigDecimal("40.00"), 1800L,
                        new BigDecimal("5.00"))),
                List.of(new PeriodSummary(YearMonth.of(2026, 9), true, new BigDecimal("100.00"), new BigDecimal("40.00"),
                        7200L, 0L, new BigDecimal("0.00"))));
        assertEquals("{\"budgetId\":7,\"currency\":\"EUR\",\"totalAmount\":\"100.00\",\"usedAmount\":\"40.00\","
                + "\"remainingAmount\":\"60.00\",\"expensesAmount\":\"0.00\",\"totalHours\":\"10.00\",\"usedHours\":\"2.00\","
                + "\"pendingHours\":\"0.50\",\"remainingHours\":\"8.00\",\"percentUsed\":40,\"pendingAmount\":\"5.00\","
                + "\"services\":[{\"serviceId\":3,\"name\":\"Dev\",\"billing\":\"HOURLY\",\"budgetedHours\":null,"
                + "\"usedHours\":\"2.00\",\"billableHours\":\"1.00\",\"usedAmount\":\"40.00\",\"pendingHours\":\"0.50\","
                + "\"pendingAmount\":\"5.00\"}],\"periods\":[{\"month\":\"2026-09\",\"current\":true,\"allowance\":\"100.00\","
                + "\"usedAmount\":\"40.00\",\"usedHours\":\"2.00\",\"pendingHours\":\"0.00\",\"carryOver\":\"0.00\"}],\"forecast\":null,"
                + "\"forecastWithPending\":null}", Json.of(mapper.summary(s)));
        Forecast approved = new Forecast(Basis.APPROVED, LocalDate.parse("2026-12-17"), 10500L, 36000L, 25200L,
                LocalDate.parse("2026-12-31"), LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-07"));
        Forecast pending = new Forecast(Basis.WITH_PENDING, null, null, -3600L, 0L, null,
                LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-07"));
        String both = Json.of(mapper.summary(s, new Forecasts(approved, pending)));
        assertTrue(both.endsWith("\"forecast\":{\"exhaustionDate\":\"2026-12-17\",\"hoursPerWeekLeft\":\"2.92\","
                + "\"basis\":\"APPROVED\",\"remainingHours\":\"10.00\",\"burnHoursPerWeek\":\"7.00\","
                + "\"endDate\":\"2026-12-31\",\"windowStart\":\"2026-11-10\",\"windowEnd\":\"2026-12-07\"},"
                + "\"forecastWithPending\":{\"exhaustionDate\":null,\"hoursPerWeekLeft\":null,\"basis\":\"WITH_PENDING\","
                + "\"remainingHours\":\"-1.00\",\"burnHoursPerWeek\":\"0.00\",\"endDate\":null,"
                + "\"windowStart\":\"2026-11-10\",\"windowEnd\":\"2026-12-07\"}}"), both);
    }

    @Test
    void anAuditEntryNamesItsAuthorUnlessThereIsNone() {
        AuditRecord byPm = new AuditRecord(Instant.parse("2026-10-01T08:00:00Z"), "pm", 7L, "BUDGET", 7, "UPDATED",
                "name", "A", "B", null);
        assertEquals("{\"when\":\"2026-10-01T08:00:00Z\",\"authorKey\":\"pm\",\"authorName\":\"PM\",\"objectType\":\"BUDGET\","
                + "\"objectId\":7,\"action\":\"UPDATED\",\"field\":\"name\",\"from\":\"A\",\"to\":\"B\",\"reason\":null}",
                Json.of(mapper.audit(byPm)));
        AuditRecord bySystem = new AuditRecord(Instant.parse("2026-10-01T08:00:00Z"), null, 7L, "ENTRY", 1, "EDITED",
                null, null, null, null);
        assertEquals(null, mapper.audit(bySystem).authorName());
    }
}
