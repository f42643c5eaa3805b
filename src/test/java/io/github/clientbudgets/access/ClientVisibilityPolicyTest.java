package io.github.clientbudgets.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientVisibilityPolicyTest {

    /** All eight combinations of the three conditions: visible only when all hold. */
    @ParameterizedTest(name = "deleted={0} clientAccess={1} grant={2} -> visible={3}")
    @CsvSource({
            "false, true,  true,  true",
            "true,  true,  true,  false",
            "false, false, true,  false",
            "false, true,  false, false",
            "true,  false, true,  false",
            "true,  true,  false, false",
            "false, false, false, false",
            "true,  false, false, false"})
    void visibleIffGrantAndClientAccessAndNotDeleted(boolean deleted, boolean clientAccess, boolean grant, boolean visible) {
        ClientView view = ClientVisibilityPolicy.decide(new ClientAccessFacts(true, deleted, clientAccess, grant,
                false, true, true));
        assertEquals(visible, view.visible());
        assertEquals(List.of(!deleted, clientAccess, grant), view.conditions().stream().map(ClientView.Condition::met).toList());
    }

    @Test
    void anInvisibleBudgetRevealsNoFields() {
        ClientView view = ClientVisibilityPolicy.decide(new ClientAccessFacts(true, false, false, true, false, true, true));
        assertFalse(view.personNames());
        assertFalse(view.comments());
        assertTrue(view.approvedOnly());
    }

    @Test
    void approvalRequiredMeansApprovedOnlyAndFieldsFollowTheBudget() {
        ClientView view = ClientVisibilityPolicy.decide(new ClientAccessFacts(true, false, true, true, true, false, true));
        assertTrue(view.visible());
        assertTrue(view.approvedOnly());
        assertFalse(view.personNames());
        assertTrue(view.comments());
    }

    @Test
    void withoutApprovalTheClientSeesLiveData() {
        assertFalse(ClientVisibilityPolicy.decide(new ClientAccessFacts(true, false, true, true, false, true, false)).approvedOnly());
    }

    @Test
    void aBudgetThatDoesNotExistIsExplainedAsSuch() {
        ClientView view = ClientVisibilityPolicy.decide(ClientAccessFacts.noSuchBudget());
        assertFalse(view.visible());
        assertEquals(List.of(new ClientView.Condition(ClientVisibilityPolicy.EXISTS, false)), view.conditions());
    }
}
