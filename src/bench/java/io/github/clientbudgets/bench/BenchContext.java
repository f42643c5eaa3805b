package io.github.clientbudgets.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.db.DatabaseSpec;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a scenario gets: the running dev host (real plugin, its Spring beans, the host's Jira services and HTTP),
 * the database (plain JDBC for baselines), the data's shape and the run's settings.
 */
public record BenchContext(DevHost host, String db, DatabaseSpec database, BenchData.Shape shape,
                           List<Long> sampleBudgetIds, int warmup, int runs) {

    public <T> T bean(Class<T> type) {
        return host.plugin().springContext().getBean(type);
    }

    public <T> T hostService(Class<T> type) {
        return host.components().get(type);
    }

    public AoNames names() {
        return new AoNames(hostService(ActiveObjects.class));
    }

    /** A plain JDBC connection for baselines (autocommit on). */
    public Connection connect() throws SQLException {
        return database.connect();
    }

    public long budget(int iteration) {
        return sampleBudgetIds.get(Math.floorMod(iteration, sampleBudgetIds.size()));
    }

    public long scale() {
        return shape.entries();
    }
}
