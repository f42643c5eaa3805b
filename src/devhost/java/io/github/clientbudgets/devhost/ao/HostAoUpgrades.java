package io.github.clientbudgets.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.plugin.PluginEntities;
import net.java.ao.RawEntity;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What Jira's AO plugin does before it hands the plugin its {@code ActiveObjects} (activeobjects-plugin's
 * {@code AbstractActiveObjectsFactory#create} and {@code ActiveObjectUpgradeManagerImpl}): under the cluster lock
 * {@code ao-plugin.upgrade.<plugin key>}, the upgrade tasks sorted by model version (two with one version fail), each
 * one whose version is newer than the stored one run in its own transaction, which also stores its version; then the
 * declared entities migrated in one transaction. Jira stores the version in its plugin settings under
 * {@code <table prefix>_#}; the host keeps it under that key in a table of its own, in the same database, so that
 * two hosts on one PostgreSQL share it as two Jira nodes do.
 * <p>
 * Jira creates a task through the plugin's container; the host runs the tasks before the plugin's Spring context
 * exists, so it takes the public no-argument constructor and fails on a task without one (stricter, never kinder).
 */
public final class HostAoUpgrades {
    /** Jira's own default, in seconds (system property ao-plugin.upgrade.task.lock.timeout). */
    private static final int LOCK_TIMEOUT_SECONDS = Integer.getInteger("ao-plugin.upgrade.task.lock.timeout", 300000);
    static final String SETTINGS_TABLE = "devhost_plugin_settings";

    private HostAoUpgrades() {
    }

    /** Upgrades and migrates the plugin's tables as Jira does when the plugin first uses Active Objects. */
    public static ModelVersion upgradeAndMigrate(PluginDescriptor descriptor, ClassLoader loader, HostActiveObjects ao,
                                                 ClusterLockService locks) {
        String lockName = "ao-plugin.upgrade." + descriptor.key();
        ClusterLock lock = locks.getLockForName(lockName);
        try {
            if (!lock.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("unable to acquire cluster lock named '" + lockName + "'");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trying to acquire cluster lock named '" + lockName + "'", e);
        }
        try {
            return upgradeAndMigrate(JiraAoNaming.namespace(descriptor), tasks(descriptor, loader), ao,
                    PluginEntities.of(descriptor, loader));
        } finally {
            lock.unlock();
        }
    }

    /** The {@code <upgradeTask>}s of the plugin's {@code <ao>} module, created, in descriptor order. */
    public static List<ActiveObjectsUpgradeTask> tasks(PluginDescriptor descriptor, ClassLoader loader) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : JiraAoNaming.aoModule(descriptor).childTexts("upgradeTask")) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PluginDescriptor.DescriptorException("<ao> names upgrade task " + name + ", which does not exist", e);
            }
            if (!ActiveObjectsUpgradeTask.class.isAssignableFrom(type)) {
                throw new PluginDescriptor.DescriptorException("<ao> upgrade task " + name + " is no ActiveObjectsUpgradeTask");
            }
            try {
                tasks.add((ActiveObjectsUpgradeTask) type.getConstructor().newInstance());
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
                throw new PluginDescriptor.DescriptorException("<ao> upgrade task " + name + ": the dev host needs a public "
                        + "no-argument constructor (it runs the tasks before the plugin's Spring context)", e);
            } catch (InvocationTargetException e) {
                throw new PluginDescriptor.DescriptorException("<ao> upgrade task " + name + " failed in its constructor: "
                        + e.getCause(), e.getCause());
            }
        }
        return tasks;
    }

    /**
     * Runs the tasks newer than the stored model version, oldest first, each in a transaction with the version it
     * reaches; then migrates the entities. Returns the model version the tables are at.
     */
    @SuppressWarnings("unchecked")
    public static ModelVersion upgradeAndMigrate(String namespace, List<ActiveObjectsUpgradeTask> tasks,
                                                 HostActiveObjects ao, Class<? extends RawEntity<?>>... entities) {
        String key = JiraAoNaming.tablePrefix(namespace) + "_#";
        ModelVersion current = storedVersion(ao, namespace);
        for (ActiveObjectsUpgradeTask task : sortAndVerify(tasks)) {
            if (!current.isOlderThan(task.getModelVersion())) {
                continue;
            }
            ModelVersion from = current;
            current = ao.executeInTransaction(() -> {
                task.upgrade(from, ao);
                ModelVersion reached = task.getModelVersion();
                store(ao, key, reached.toString());
                return reached;
            });
        }
        ao.executeInTransaction(() -> {
            ao.migrate(entities);
            return null;
        });
        return current;
    }

    private static List<ActiveObjectsUpgradeTask> sortAndVerify(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).getModelVersion().isSame(sorted.get(i).getModelVersion())) {
                throw new IllegalStateException("There are more than one upgrade tasks with model version "
                        + sorted.get(i).getModelVersion());
            }
        }
        return sorted;
    }

    /** The model version stored for the namespace's tables: 0 where none is (a fresh install). */
    public static ModelVersion storedVersion(HostActiveObjects ao, String namespace) {
        try (Connection c = ao.transactions().getConnection()) {
            createTable(c);
            try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM " + SETTINGS_TABLE
                    + " WHERE setting_key = ?")) {
                s.setString(1, JiraAoNaming.tablePrefix(namespace) + "_#");
                try (ResultSet rs = s.executeQuery()) {
                    return ModelVersion.valueOf(rs.next() ? rs.getString(1) : null);
                }
            }
        } catch (SQLException e) {
            throw new HostActiveObjects.HostAoException(e);
        }
    }

    private static void store(HostActiveObjects ao, String key, String value) {
        try (Connection c = ao.transactions().getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + SETTINGS_TABLE
                    + " SET setting_value = ? WHERE setting_key = ?")) {
                update.setString(1, value);
                update.setString(2, key);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + SETTINGS_TABLE
                    + " (setting_key, setting_value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new HostActiveObjects.HostAoException(e);
        }
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + SETTINGS_TABLE
                    + " (setting_key VARCHAR(255) PRIMARY KEY, setting_value VARCHAR(255))");
        }
    }
}
