package io.github.clientbudgets.upgrade.v1;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.upgrade.TableShapes;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model version 1 on an empty database (a fresh install) and again on its own tables, on H2 and PostgreSQL. */
class Upgrade001InitialModelTest {

    @AoTest(tables = false)
    void onAnEmptyDatabaseItCreatesTheFirstModelsTables(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        Upgrade001InitialModel task = new Upgrade001InitialModel();
        assertTrue(task.getModelVersion().isSame(ModelVersion.valueOf("1")));
        assertTrue(TableShapes.of(database, "AO_DF9F5C_").isEmpty());

        ao.executeInTransaction(() -> {
            task.upgrade(ModelVersion.valueOf(null), ao);
            return null;
        });

        Map<String, List<String>> tables = TableShapes.of(database, "AO_DF9F5C_");
        assertEquals(List.of("AO_DF9F5C_AUDIT", "AO_DF9F5C_BUDGET", "AO_DF9F5C_CLIENT_GRANT", "AO_DF9F5C_EXPENSE",
                "AO_DF9F5C_ISSUE_SERVICE", "AO_DF9F5C_PERIOD_LOCK", "AO_DF9F5C_RESYNC_STATE", "AO_DF9F5C_SERVICE",
                "AO_DF9F5C_TIME_ENTRY"), List.copyOf(tables.keySet()));
        assertTrue(tables.get("AO_DF9F5C_CLIENT_GRANT").stream().noneMatch(c -> c.contains("GRANT_KEY")),
                "version 1 had no grant key");
        ao.create(ClientGrantEntityV1.class, new DBParam("PROJECT_ID", 10L), new DBParam("USER_KEY", "client"));
        assertEquals(1, ao.count(ClientGrantEntityV1.class, Query.select()));
    }

    @AoTest(tables = false)
    void onItsOwnTablesItChangesNothing(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        Upgrade001InitialModel task = new Upgrade001InitialModel();
        task.upgrade(ModelVersion.valueOf(null), ao);
        ao.create(ClientGrantEntityV1.class, new DBParam("PROJECT_ID", 10L), new DBParam("USER_KEY", "client"));
        Map<String, List<String>> before = TableShapes.of(database, "AO_DF9F5C_");

        task.upgrade(ModelVersion.valueOf(null), ao);

        assertEquals(before, TableShapes.of(database, "AO_DF9F5C_"));
        assertEquals(1, ao.count(ClientGrantEntityV1.class, Query.select()));
    }
}
