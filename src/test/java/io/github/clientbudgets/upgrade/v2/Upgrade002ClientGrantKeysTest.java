package io.github.clientbudgets.upgrade.v2;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.plugin.PluginEntities;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.TestDatabase;
import io.github.clientbudgets.upgrade.TableShapes;
import io.github.clientbudgets.upgrade.v1.BudgetEntityV1;
import io.github.clientbudgets.upgrade.v1.ClientGrantEntityV1;
import io.github.clientbudgets.upgrade.v1.ExpenseEntityV1;
import io.github.clientbudgets.upgrade.v1.Upgrade001InitialModel;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model version 2 on tables of version 1 with data, on H2 and PostgreSQL: every grant gets its key, duplicates of
 * one grant are merged into the oldest (audited), distinct grants all stay, the key becomes unique and NOT NULL, and
 * the other tables keep their rows with the new columns empty.
 */
class Upgrade002ClientGrantKeysTest {

    @AoTest(tables = false)
    void legacyGrantsGetTheirKeysAndDuplicatesOfOneGrantMergeIntoTheOldest(HostActiveObjects ao) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        int alice = grantV1(ao, 10, "alice", null, "pm").getID();
        int aliceAgain = grantV1(ao, 10, "alice", null, "pm2").getID();
        int aliceElsewhere = grantV1(ao, 20, "alice", null, "pm").getID();
        int organization = grantV1(ao, 10, null, 7, "pm").getID();
        int organizationAgain = grantV1(ao, 10, null, 7, "pm2").getID();
        int organizationElsewhere = grantV1(ao, 20, null, 7, "pm").getID();
        int bob = grantV1(ao, 10, "bob", null, "pm").getID();
        int nobody = grantV1(ao, 10, null, null, "pm").getID();

        upgradeInTransaction(ao);

        Map<Integer, String> keys = new TreeMap<>(Map.of(alice, "10:u:alice", aliceElsewhere, "20:u:alice",
                organization, "10:o:7", organizationElsewhere, "20:o:7", bob, "10:u:bob", nobody, "10:id:" + nobody));
        assertEquals(keys, grantKeys(ao));
        ClientGrantEntityV2 kept = ao.get(ClientGrantEntityV2.class, alice);
        assertEquals("pm", kept.getCreatedBy(), "the oldest of the duplicates stays, as it was");
        AuditEntityV2[] audit = ao.find(AuditEntityV2.class, Query.select()
                .where(AuditEntityV2.OBJECT_TYPE + " = ?", "client-grant").order(AuditEntityV2.OBJECT_ID));
        assertEquals(List.of(aliceAgain + " DELETED grantee alice", organizationAgain + " DELETED grantee organization 7"),
                Arrays.stream(audit).map(a -> a.getObjectId() + " " + a.getAction() + " " + a.getField() + " "
                        + a.getOldValue()).toList());
        assertEquals("upgrade to model version 2: the same grant as client grant " + alice, audit[0].getReason());
    }

    @AoTest(tables = false)
    void afterwardsTheKeyIsUniqueAndRequired(HostActiveObjects ao) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        grantV1(ao, 10, "alice", null, "pm");
        upgradeInTransaction(ao);

        assertThrows(RuntimeException.class, () -> ao.create(ClientGrantEntityV2.class,
                new DBParam("PROJECT_ID", 10L), new DBParam("USER_KEY", "alice2"), new DBParam("GRANT_KEY", "10:u:alice")));
        assertThrows(RuntimeException.class, () -> ao.create(ClientGrantNullableKeyV2.class,
                new DBParam("PROJECT_ID", 10L), new DBParam("USER_KEY", "carol")));
        assertEquals(1, ao.count(ClientGrantEntityV2.class, Query.select()));
    }

    /** Why the task adds the key in steps: AO adds a unique column NOT NULL without a default, refused by rows. */
    @AoTest(tables = false)
    void migratingStraightToTheUniqueKeyFailsOnATableWithGrants(HostActiveObjects ao, TestDatabase database) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        grantV1(ao, 10, "alice", null, "pm");
        assertThrows(RuntimeException.class, () -> ao.migrate(ClientGrantEntityV2.class), database.name());
    }

    @AoTest(tables = false)
    void otherTablesKeepTheirRowsWithTheNewColumnsEmpty(HostActiveObjects ao) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        BudgetEntityV1 budget = ao.create(BudgetEntityV1.class, new DBParam("PROJECT_ID", 10L),
                new DBParam("NAME", "Website relaunch"), new DBParam("TYPE", "FIXED_PRICE"), new DBParam("CURRENCY", "EUR"),
                new DBParam("STATUS", "ACTIVE"));
        ExpenseEntityV1 expense = ao.create(ExpenseEntityV1.class, new DBParam("BUDGET_ID", (long) budget.getID()),
                new DBParam("EXPENSE_DATE", "2026-11-02"), new DBParam("DESCRIPTION", "Fonts"),
                new DBParam("AMOUNT_MINOR", 12_000L), new DBParam("MARKUP_BASIS_POINTS", 0), new DBParam("STATUS", "PENDING"));

        upgradeInTransaction(ao);

        BudgetEntityV2 upgraded = ao.get(BudgetEntityV2.class, budget.getID());
        assertEquals("Website relaunch", upgraded.getName());
        assertNull(upgraded.getVersion());
        ExpenseEntityV2 upgradedExpense = ao.get(ExpenseEntityV2.class, expense.getID());
        assertEquals(12_000L, upgradedExpense.getAmountMinor());
        assertNull(upgradedExpense.getVersion());
        assertNull(upgradedExpense.getAuthorKey());
    }

    @AoTest(tables = false)
    void aSecondRunChangesNothing(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        grantV1(ao, 10, "alice", null, "pm");
        grantV1(ao, 10, "alice", null, "pm");
        upgradeInTransaction(ao);
        Map<Integer, String> once = grantKeys(ao);
        Map<String, List<String>> shape = TableShapes.of(database, "AO_DF9F5C_");
        upgradeInTransaction(ao);
        assertEquals(once, grantKeys(ao));
        assertEquals(1, ao.count(AuditEntityV2.class, Query.select()));
        assertEquals(shape, TableShapes.of(database, "AO_DF9F5C_"));
        assertTrue(shape.get("AO_DF9F5C_CLIENT_GRANT").stream().anyMatch(c -> c.startsWith("column GRANT_KEY ")
                && c.contains("nullable=NO")), shape.get("AO_DF9F5C_CLIENT_GRANT").toString());
    }

    @AoTest(tables = false)
    void anEmptyTableTakesTheUniqueKeyAtOnce(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        upgradeInTransaction(ao);
        assertTrue(TableShapes.of(database, "AO_DF9F5C_").get("AO_DF9F5C_CLIENT_GRANT").stream()
                .anyMatch(c -> c.startsWith("column GRANT_KEY ") && c.contains("nullable=NO")));
        assertThrows(RuntimeException.class, () -> ao.create(ClientGrantNullableKeyV2.class,
                new DBParam("PROJECT_ID", 10L), new DBParam("USER_KEY", "carol")));
    }

    /**
     * The task's key is the one granting writes today, so an upgraded grant and a new grant of the same grantee
     * collide: granting a legacy grantee again answers the legacy grant.
     */
    @AoTest(tables = false)
    void theKeysAreTheOnesGrantingWrites(HostActiveObjects ao) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        int legacy = grantV1(ao, 10, "client", null, "pm").getID();
        upgradeInTransaction(ao);
        ClassLoader loader = getClass().getClassLoader();
        ao.migrate(PluginEntities.of(PluginDescriptor.fromClasspath(loader), loader));
        ClientGrantService grants = new ClientGrantService(ao, new FakePermissions().project(10, "ACME").admin("pm", 10)
                .user("client").user("other"), new AoAuditTrail(ao));

        assertEquals(legacy, grants.grant("pm", "ACME", "client", null).id());
        ClientGrant other = grants.grant("pm", "ACME", "other", null);
        ClientGrant organization = grants.grant("pm", "ACME", null, 9);
        assertEquals(Upgrade002ClientGrantKeys.grantKey(10, "other", null, (int) other.id()),
                ao.get(ClientGrantEntity.class, (int) other.id()).getGrantKey());
        assertEquals(Upgrade002ClientGrantKeys.grantKey(10, null, 9, (int) organization.id()),
                ao.get(ClientGrantEntity.class, (int) organization.id()).getGrantKey());
    }

    private static void upgradeInTransaction(HostActiveObjects ao) {
        // as Jira runs a task: in a transaction, told the stored version
        ao.executeInTransaction(() -> {
            new Upgrade002ClientGrantKeys().upgrade(ModelVersion.valueOf("1"), ao);
            return null;
        });
    }

    private static ClientGrantEntityV1 grantV1(HostActiveObjects ao, long projectId, String userKey, Integer organizationId,
                                              String createdBy) {
        return ao.create(ClientGrantEntityV1.class, new DBParam("PROJECT_ID", projectId), new DBParam("USER_KEY", userKey),
                new DBParam("ORGANIZATION_ID", organizationId), new DBParam("CREATED_BY", createdBy),
                new DBParam("CREATED_AT", System.currentTimeMillis()));
    }

    private static Map<Integer, String> grantKeys(HostActiveObjects ao) {
        return Arrays.stream(ao.find(ClientGrantEntityV2.class, Query.select()))
                .collect(Collectors.toMap(ClientGrantEntityV2::getID, ClientGrantEntityV2::getGrantKey, (a, b) -> a,
                        TreeMap::new));
    }
}
