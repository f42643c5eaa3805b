package io.github.clientbudgets.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.upgrade.v1.ClientGrantEntityV1;
import io.github.clientbudgets.upgrade.v1.Upgrade001InitialModel;
import io.github.clientbudgets.upgrade.v2.Upgrade002ClientGrantKeys;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The host runs upgrade tasks as Jira's AO plugin does: sorted, only the newer ones, each in its transaction. */
class HostAoUpgradesTest {
    private static final String NAMESPACE = "io.github.clientbudgets.client-budgets-jira";

    @AoTest(tables = false)
    void onlyTasksNewerThanTheStoredVersionRunOldestFirstEachToldTheVersionBefore(HostActiveObjects ao) {
        List<String> runs = new ArrayList<>();
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>(List.of(task(3, runs), task(1, runs), task(2, runs)));

        assertEquals("3", HostAoUpgrades.upgradeAndMigrate(NAMESPACE, tasks, ao).toString());
        assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), runs);
        assertEquals("3", HostAoUpgrades.storedVersion(ao, NAMESPACE).toString());

        runs.clear();
        tasks.add(task(4, runs));
        assertEquals("4", HostAoUpgrades.upgradeAndMigrate(NAMESPACE, tasks, ao).toString());
        assertEquals(List.of("4 from 3"), runs);
        assertEquals("0", HostAoUpgrades.storedVersion(ao, "another.namespace").toString(), "versions are per namespace");
    }

    @AoTest(tables = false)
    void twoTasksWithOneVersionFailBeforeAnyRuns(HostActiveObjects ao) {
        List<String> runs = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HostAoUpgrades.upgradeAndMigrate(NAMESPACE, List.of(task(1, runs), task(2, runs), task(2, runs)), ao));
        assertEquals("There are more than one upgrade tasks with model version 2", e.getMessage());
        assertEquals(List.of(), runs);
    }

    @AoTest(tables = false)
    void aFailingTaskRollsBackAndKeepsTheVersionBeforeIt(HostActiveObjects ao) {
        ActiveObjectsUpgradeTask failing = new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("2");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                activeObjects.create(ClientGrantEntityV1.class, new DBParam("PROJECT_ID", 10L));
                throw new IllegalStateException("task 2 fails");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> HostAoUpgrades.upgradeAndMigrate(NAMESPACE, List.of(new Upgrade001InitialModel(), failing), ao));
        assertEquals("1", HostAoUpgrades.storedVersion(ao, NAMESPACE).toString());
        assertEquals(0, ao.count(ClientGrantEntityV1.class, Query.select()), "the failed task's row is rolled back");
    }

    @Test
    void theDescriptorsTasksAreCreatedInDescriptorOrder() {
        ClassLoader loader = getClass().getClassLoader();
        List<Class<?>> types = HostAoUpgrades.tasks(PluginDescriptor.fromClasspath(loader), loader).stream()
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(Upgrade001InitialModel.class, Upgrade002ClientGrantKeys.class,
                io.github.clientbudgets.upgrade.v3.Upgrade003RetainerTerms.class), types);
    }

    private static ActiveObjectsUpgradeTask task(int version, List<String> runs) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(String.valueOf(version));
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                runs.add(version + " from " + currentVersion);
            }
        };
    }
}
