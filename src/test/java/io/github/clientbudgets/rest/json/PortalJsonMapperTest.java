package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.forecast.Basis;
import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.portal.ClientExpense;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.portal.ClientTimeEntry;
import io.github.clientbudgets.portal.ClientTimeRow;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.portal.TimeFilter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalJsonMapperTest {
    private final PortalJsonMapper mapper = new PortalJsonMapper();
    private final ClientSummary website = new ClientSummary(7, "Website", "TIME_AND_MATERIALS", Currency.getInstance("EUR"),
            new BigDecimal("1000.00"), new BigDecimal("250.00"), new BigDecimal("750.00"), new BigDecimal("30.00"),
            36000L, 9000L, 27000L, 25, true,
            List.of(new ClientSummary.Line(3, "Dev", "HOURLY", null, 9000L, null, null, new BigDecimal("250.00"), null)));

    @Test
    void theBudgetListHasNoServicesAndTheSummaryAddsThem() {
        String head = "{\"id\":7,\"name\":\"Website\",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"EUR\","
                + "\"totalAmount\":\"1000.00\",\"usedAmount\":\"250.00\",\"remainingAmount\":\"750.00\",\"totalHours\":\"10.00\","
                + "\"usedHours\":\"2.50\",\"remainingHours\":\"7.50\",\"percentUsed\":25,\"approvalRequired\":true";
        assertEquals(head + "}", Json.of(mapper.budget(website)));
        assertEquals(head + ",\"budgetId\":7,\"expensesAmount\":\"30.00\",\"services\":[{\"serviceId\":3,\"name\":\"Dev\","
                + "\"billing\":\"HOURLY\",\"budgetedHours\":null,\"usedHours\":\"2.50\",\"remainingHours\":null,"
                + "\"budgetedAmount\":null,\"usedAmount\":\"250.00\",\"remainingAmount\":null}],\"forecast\":null}",
                Json.of(mapper.summary(website)));
    }

    @Test
    void theClientsForecastIsTheApprovedOneAndNeverOneWithPendingTime() {
        Forecast approved = new Forecast(Basis.APPROVED, LocalDate.parse("2026-12-17"), null, 27000L, 25200L, null,
                LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-07"));
        assertTrue(Json.of(mapper.summary(website, approved)).endsWith(",\"forecast\":{\"exhaustionDate\":\"2026-12-17\","
                + "\"hoursPerWeekLeft\":null,\"basis\":\"APPROVED\",\"remainingHours\":\"7.50\",\"burnHoursPerWeek\":\"7.00\","
                + "\"endDate\":null,\"windowStart\":\"2026-11-10\",\"windowEnd\":\"2026-12-07\"}}"));
        Forecast withPending = new Forecast(Basis.WITH_PENDING, null, null, 0L, 0L, null,
                LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-07"));
        assertThrows(IllegalArgumentException.class, () -> mapper.summary(website, withPending));
    }

    @Test
    void theCommentAndThePersonAppearOnlyWhereTheBudgetShowsThem() {
        ClientTimeRow row = new ClientTimeRow(new ClientTimeEntry(11, LocalDate.parse("2026-10-01"), 5400, 3, true,
                "login", null, "dev", 100), "Dev", "ACME-1", "Dev Eloper");
        var result = new PortalService.TimeResult(1, 5400, List.of(row), TimeFilter.all());
        String entry = "{\"id\":11,\"date\":\"2026-10-01\",\"issueKey\":\"ACME-1\",\"serviceId\":3,\"serviceName\":\"Dev\","
                + "\"hours\":\"1.50\",\"seconds\":5400,\"billable\":true,\"clientNote\":\"login\"";
        String page = "{\"total\":1,\"totalHours\":\"1.50\",\"start\":0,\"limit\":50,\"entries\":[";
        assertEquals(page + entry + "}]}", Json.of(mapper.time(result, false, false)));
        assertEquals(page + entry + ",\"comment\":null,\"person\":\"Dev Eloper\"}]}", Json.of(mapper.time(result, true, true)));
        assertEquals(page + entry + ",\"person\":\"Dev Eloper\"}]}", Json.of(mapper.time(result, false, true)));
    }

    @Test
    void anExpenseOfTheClientHasNoMarkupNorStatus() {
        assertEquals("[{\"id\":5,\"date\":\"2026-10-01\",\"description\":\"Hotel\",\"amount\":\"120.50\",\"serviceId\":null}]",
                Json.of(mapper.expenses(List.of(new ClientExpense(5, LocalDate.parse("2026-10-01"), "Hotel",
                        new BigDecimal("120.50"), null)))));
    }
}
