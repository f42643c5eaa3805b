package io.github.clientbudgets.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.ao.HostAoUpgrades;
import io.github.clientbudgets.devhost.ao.JiraAoNaming;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.plugin.PluginEntities;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.upgrade.v1.ClientGrantEntityV1;
import io.github.clientbudgets.upgrade.v1.Upgrade001InitialModel;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole chain as Jira runs it (the descriptor's tasks through the host's upgrade runner, then the live
 * entities migrated), on H2 and PostgreSQL: from an empty database and from an install at model version 1 with
 * data. The tasks alone end exactly at the live model: the live migration after them changes nothing.
 */
class UpgradeChainTest {
    private static final ClassLoader LOADER = UpgradeChainTest.class.getClassLoader();
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.fromClasspath(LOADER);
    private static final String NAMESPACE = JiraAoNaming.namespace(DESCRIPTOR);
    private static final String PREFIX = JiraAoNaming.tablePrefix(NAMESPACE) + "_";

    @AoTest(tables = false)
    void aFreshInstallRunsEveryTaskAndTheTasksEndAtTheLiveModel(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        List<String> runs = new ArrayList<>();
        ModelVersion reached = HostAoUpgrades.upgradeAndMigrate(NAMESPACE, recorded(runs), ao);
        Map<String, List<String>> afterTasks = TableShapes.of(database, PREFIX);

        ao.migrate(liveEntities());

        assertEquals("3", reached.toString());
        assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), runs);
        assertEquals(19, afterTasks.size());
        assertEquals(afterTasks, TableShapes.of(database, PREFIX), "the frozen version 3 is the live model");
    }

    @AoTest(tables = false)
    void anInstallAtVersionOneRunsTasksTwoToFourAndKeepsItsGrants(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        // an install of model version 1: its task ran and stored its version, PMs granted (one grantee twice)
        HostAoUpgrades.upgradeAndMigrate(NAMESPACE, List.of(new Upgrade001InitialModel()), ao);
        int client = grantV1(ao, 10, "client", null);
        grantV1(ao, 10, "client", null);
        int organization = grantV1(ao, 10, null, 7);
        assertEquals("1", HostAoUpgrades.storedVersion(ao, NAMESPACE).toString());

        List<String> runs = new ArrayList<>();
        ModelVersion reached = HostAoUpgrades.upgradeAndMigrate(NAMESPACE, recorded(runs), ao, liveEntities());

        assertEquals("3", reached.toString());
        assertEquals(List.of("2 from 1", "3 from 2"), runs);
        assertEquals(List.of(client + " 10:u:client", organization + " 10:o:7"),
                Arrays.stream(ao.find(ClientGrantEntity.class, Query.select().order("ID")))
                        .map(g -> g.getID() + " " + g.getGrantKey()).toList());
        assertEquals("3", HostAoUpgrades.storedVersion(ao, NAMESPACE).toString());
        // started again (a restart, the next node): nothing left to run
        runs.clear();
        HostAoUpgrades.upgradeAndMigrate(NAMESPACE, recorded(runs), ao, liveEntities());
        assertEquals(List.of(), runs);
    }

    /**
     * Tables already at the live model without a stored version (a dev host database from before the host ran
     * upgrade tasks): the whole chain runs over them and every row stays as it was.
     */
    @AoTest(tables = false)
    void liveTablesWithoutAStoredVersionGoThroughTheChainUnharmed(HostActiveObjects ao, DatabaseSpec database)
            throws Exception {
        ao.migrate(liveEntities());
        ao.create(ClientGrantEntity.class, new DBParam("PROJECT_ID", 10L), new DBParam("USER_KEY", "client"),
                new DBParam("GRANT_KEY", "10:u:client"));
        Map<String, List<String>> before = TableShapes.of(database, PREFIX);

        List<String> runs = new ArrayList<>();
        assertEquals("3", HostAoUpgrades.upgradeAndMigrate(NAMESPACE, recorded(runs), ao, liveEntities()).toString());

        assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), runs);
        assertEquals(List.of("10:u:client"), Arrays.stream(ao.find(ClientGrantEntity.class, Query.select()))
                .map(ClientGrantEntity::getGrantKey).toList());
        assertEquals(before, TableShapes.of(database, PREFIX));
    }

    /** The descriptor's tasks, each noting when it runs and from which version. */
    private static List<ActiveObjectsUpgradeTask> recorded(List<String> runs) {
        return HostAoUpgrades.tasks(DESCRIPTOR, LOADER).stream().<ActiveObjectsUpgradeTask>map(task ->
                new ActiveObjectsUpgradeTask() {
                    @Override
                    public ModelVersion getModelVersion() {
                        return task.getModelVersion();
                    }

                    @Override
                    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                        runs.add(task.getModelVersion() + " from " + currentVersion);
                        task.upgrade(currentVersion, ao);
                    }
                }).toList();
    }

    private static Class<? extends RawEntity<?>>[] liveEntities() {
        return PluginEntities.of(DESCRIPTOR, LOADER);
    }

    private static int grantV1(HostActiveObjects ao, long projectId, String userKey, Integer organizationId) {
        return ao.create(ClientGrantEntityV1.class, new DBParam("PROJECT_ID", projectId), new DBParam("USER_KEY", userKey),
                new DBParam("ORGANIZATION_ID", organizationId)).getID();
    }
}
