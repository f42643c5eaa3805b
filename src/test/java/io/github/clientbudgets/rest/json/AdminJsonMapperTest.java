package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.admin.CheckResult;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.rest.CustomerAdmission;
import io.github.clientbudgets.timeentry.ResyncStateEntity;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AdminJsonMapperTest {
    private final AdminJsonMapper mapper = new AdminJsonMapper(Json.text());

    @Test
    void aCheckInTheAdminsLanguageWithWhatItSaw() {
        CheckResult tables = mock(CheckResult.class);
        when(tables.getKey()).thenReturn("tables");
        when(tables.getOutcome()).thenReturn("PASS");
        when(tables.getTitleKey()).thenReturn("k.tables.title");
        when(tables.getTextKey()).thenReturn("k.tables.text");
        when(tables.getSeen()).thenReturn("3 budgets");
        assertEquals("{\"checks\":[{\"key\":\"tables\",\"outcome\":\"PASS\",\"title\":\"text(k.tables.title)\","
                + "\"text\":\"text(k.tables.text)\",\"seen\":\"3 budgets\"}]}", Json.of(mapper.checks(List.of(tables))));
    }

    @Test
    void aCustomerCheckListsTheBudgetsHeSeesAndTheVerdict() {
        ClientSummary website = new ClientSummary(7, "Website", "FIXED_PRICE", Currency.getInstance("EUR"), null, null,
                null, null, null, 0, null, null, false, List.of());
        assertEquals("{\"username\":\"client\",\"found\":true,\"active\":true,\"licensed\":false,\"portalPageAdmits\":true,"
                + "\"portalRestAdmits\":true,\"budgets\":[{\"id\":7,\"name\":\"Website\"}],\"admitted\":true}",
                Json.of(mapper.customer(new CustomerAdmission.Result("client", true, true, false, true, true,
                        List.of(website)))));
        assertEquals(false, mapper.customer(new CustomerAdmission.Result("client", true, true, false, true, true,
                List.of())).admitted());
    }

    @Test
    void aResyncNotYetStartedHasNoInstants() {
        ResyncStateEntity idle = mock(ResyncStateEntity.class);
        when(idle.getStatus()).thenReturn("IDLE");
        assertEquals("{\"status\":\"IDLE\",\"issuesDone\":0,\"startedAt\":null,\"finishedAt\":null}",
                Json.of(mapper.resync(idle)));
        ResyncStateEntity done = mock(ResyncStateEntity.class);
        when(done.getStatus()).thenReturn("DONE");
        when(done.getIssuesDone()).thenReturn(12L);
        when(done.getStartedAt()).thenReturn(1_790_000_000_000L);
        when(done.getFinishedAt()).thenReturn(1_790_000_060_000L);
        assertEquals("{\"status\":\"DONE\",\"issuesDone\":12,\"startedAt\":\"2026-09-21T14:13:20Z\","
                + "\"finishedAt\":\"2026-09-21T14:14:20Z\"}", Json.of(mapper.resync(done)));
    }
}
