package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.portal.Explanation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExplanationJsonMapperTest {
    private final ExplanationJsonMapper mapper = new ExplanationJsonMapper(Json.text());
    private final List<ClientView.Condition> conditions = List.of(new ClientView.Condition("k.granted", true),
            new ClientView.Condition("k.access", false));

    @Test
    void anInvisibleBudgetSaysWhyAndNothingOfWhatWouldBeShown() {
        assertEquals("{\"userKey\":\"client\",\"budgetId\":7,\"visible\":false,"
                + "\"reasons\":[\"text(client-budgets.access.met|text(k.granted))\","
                + "\"text(client-budgets.access.unmet|text(k.access))\"],"
                + "\"conditions\":[{\"key\":\"k.granted\",\"met\":true,\"text\":\"text(k.granted)\"},"
                + "{\"key\":\"k.access\",\"met\":false,\"text\":\"text(k.access)\"}]}",
                Json.of(mapper.explanation(new Explanation("client", 7, false, conditions, true, true, true))));
    }

    @Test
    void aVisibleBudgetAddsWhatTheClientSees() {
        String json = Json.of(mapper.explanation(new Explanation("client", 7, true, conditions, true, false, true)));
        assertEquals(true, json.endsWith("],\"approvedOnly\":true,\"personNames\":false,\"comments\":true}"), json);
    }
}
