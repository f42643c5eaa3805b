package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetFlag;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import net.java.ao.DBParam;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A budget's client recipients on H2 and PostgreSQL: granted users and members of granted organizations who can see
 * the budget, with an address, minus those who unsubscribed; nobody for a budget without Client Access or deleted.
 */
class ClientRecipientsTest {
    /** Organization 7 has members org1 and org2 (JSM answers the membership question for org1 only: org2 left since). */
    private static final Map<Integer, List<String>> MEMBERS = Map.of(7, List.of("org1", "org2", "noaddress"));
    private static final Map<String, Set<Integer>> MEMBERSHIPS = Map.of("org1", Set.of(7), "noaddress", Set.of(7));

    private final FakePermissions permissions = new FakePermissions().project(10, "ACME").project(20, "GLOBEX")
            .admin("pm", 10).admin("pm", 20).user("client").user("other").user("org1").user("org2");
    // "noaddress" is no user of FakePermissions: no e-mail address
    private final List<String> askedAs = new java.util.ArrayList<>();

    private ClientRecipients recipients(ActiveObjects ao) {
        return new ClientRecipients(ao, permissions,
                (user, ids) -> MEMBERSHIPS.getOrDefault(user, Set.of()).stream().filter(ids::contains).collect(Collectors.toSet()),
                (asker, organization) -> {
                    askedAs.add(asker);
                    return MEMBERS.getOrDefault(organization, List.of());
                });
    }

    private static Budget budget(Stores stores, long projectId, boolean clientAccess) {
        Budget budget = new Fixtures(stores).budget(projectId, "B" + projectId, BudgetType.TIME_AND_MATERIALS, "EUR",
                "2026-01-01", null, "1000", true);
        stores.budgets.setBudgetFlag(budget.id(), BudgetFlag.CLIENT_ACCESS, clientAccess);
        return budget;
    }

    private void grant(ActiveObjects ao, String userKey, Integer organizationId, String project) {
        new ClientGrantService(ao, permissions, new AoAuditTrail(ao)).grant("pm", project, userKey, organizationId);
    }

    private static List<String> keys(List<ClientRecipients.Recipient> recipients) {
        return recipients.stream().map(ClientRecipients.Recipient::userKey).toList();
    }

    @AoTest
    void grantedUsersAndOrganizationMembersWhoSeeTheBudgetWithAnAddress(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Budget acme = budget(stores, 10, true);
        grant(ao, "client", null, "ACME");
        grant(ao, null, 7, "ACME");
        grant(ao, "other", null, "GLOBEX");

        List<ClientRecipients.Recipient> found = recipients(ao).of(acme.id());

        // org2 is listed by JSM but not a member when asked as the portal asks; noaddress has no address; other's
        // grant is on another project
        assertEquals(List.of("client", "org1"), keys(found));
        assertEquals(new ClientRecipients.Recipient("client", "CLIENT", "client@example.com"), found.get(0));
        assertEquals(List.of("pm"), askedAs, "the members are listed as the budget's owner");
    }

    @AoTest
    void nobodyForABudgetWithoutClientAccessDeletedOrUnknown(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Budget closed = budget(stores, 10, false);
        Budget deleted = budget(stores, 10, true);
        stores.budgets.markDeleted(deleted.id());
        grant(ao, "client", null, "ACME");
        grant(ao, null, 7, "ACME");

        assertEquals(List.of(), recipients(ao).of(closed.id()));
        assertEquals(List.of(), recipients(ao).of(deleted.id()));
        assertEquals(List.of(), recipients(ao).of(999_999));
        assertEquals(List.of(), recipients(ao).of(-1));
        assertEquals(List.of(), askedAs, "JSM is not asked about a budget nobody may see");
    }

    @AoTest
    void anUnsubscribedUserIsLeftOutOfThatBudgetOnly(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Budget first = budget(stores, 10, true);
        Budget second = budget(stores, 10, true);
        grant(ao, "client", null, "ACME");
        ClientRecipients recipients = recipients(ao);

        assertTrue(recipients.unsubscribe("client", first.id()));
        assertFalse(recipients.unsubscribe("client", first.id()), "a second click changes nothing");

        assertTrue(recipients.unsubscribed("client", first.id()));
        assertFalse(recipients.unsubscribed("client", second.id()));
        assertEquals(List.of(), keys(recipients.of(first.id())));
        assertEquals(List.of("client"), keys(recipients.of(second.id())));
        assertEquals(1, ao.count(ClientUnsubscribeEntity.class, net.java.ao.Query.select()));
    }

    /** The invariant is the database's: a second row for the same user and budget is refused. */
    @AoTest
    void theDatabaseKeepsOneUnsubscribePerUserAndBudget(ActiveObjects ao) {
        recipients(ao).unsubscribe("client", 5);
        assertThrows(RuntimeException.class, () -> ao.create(ClientUnsubscribeEntity.class,
                new DBParam(ClientUnsubscribeEntity.BUDGET_ID, 5L), new DBParam(ClientUnsubscribeEntity.USER_KEY, "client"),
                new DBParam(ClientUnsubscribeEntity.UNSUB_KEY, "5:client")));
        assertEquals(1, ao.count(ClientUnsubscribeEntity.class, net.java.ao.Query.select()));
    }

    /** Concurrent unsubscribes of one user from one budget: one row, no error for either. */
    @AoTest
    void twoUnsubscribesAtOnceLeaveOneRow(ActiveObjects ao) throws Exception {
        ClientRecipients recipients = recipients(ao);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> recipients.unsubscribe("client", 5)));
            }
            long won = 0;
            for (java.util.concurrent.Future<Boolean> run : runs) {
                won += run.get() ? 1 : 0;
            }
            assertTrue(won >= 1);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ao.count(ClientUnsubscribeEntity.class, net.java.ao.Query.select()));
    }
}
