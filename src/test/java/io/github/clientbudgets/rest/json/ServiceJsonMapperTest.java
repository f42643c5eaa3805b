package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceJsonMapperTest {
    private final ServiceJsonMapper mapper = new ServiceJsonMapper();
    private final LineItem dev = new LineItem(3, 7, "Dev", Billing.HOURLY, 36000L, new BigDecimal("90.00"),
            new BigDecimal("40"), true, 2);
    private final LineItem support = new LineItem(4, 7, "Support", Billing.NON_BILLABLE, null, null, null, false);

    @Test
    void aServiceCarriesItsCostRateAndItsNulls() {
        assertEquals("{\"id\":3,\"budgetId\":7,\"name\":\"Dev\",\"billing\":\"HOURLY\",\"budgetedHours\":\"10.00\","
                + "\"rate\":\"90.00\",\"costRate\":\"40\",\"isDefault\":true,\"version\":2}", Json.of(mapper.service(dev)));
        assertEquals("{\"id\":4,\"budgetId\":7,\"name\":\"Support\",\"billing\":\"NON_BILLABLE\",\"budgetedHours\":null,"
                + "\"rate\":null,\"costRate\":null,\"isDefault\":false,\"version\":0}", Json.of(mapper.service(support)));
    }

    @Test
    void anIssueWithoutServiceStillListsWhatItMayGet() {
        IssueServiceJson none = mapper.issueService("ACME-1", Optional.empty(), List.of(dev, support));
        String json = Json.of(none);
        assertTrue(json.startsWith("{\"issueKey\":\"ACME-1\",\"serviceId\":null,\"service\":null,\"services\":[{\"id\":3,"),
                json);
        assertEquals(List.of(3L, 4L), none.services().stream().map(ServiceJson::id).toList());
        IssueServiceJson assigned = mapper.issueService("ACME-1", Optional.of(support), List.of(dev));
        assertEquals(4L, assigned.serviceId());
        assertEquals("Support", assigned.service().name());
        assertEquals(1, assigned.services().size());
    }
}
