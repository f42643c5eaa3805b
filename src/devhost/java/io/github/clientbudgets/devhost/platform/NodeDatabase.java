package io.github.clientbudgets.devhost.platform;

import io.github.clientbudgets.devhost.db.DatabaseSpec;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One node's connection to the shared database, for the platform services' own small tables. One connection,
 * used under this object's lock: the services issue few, short statements. Reconnects after a failure.
 */
final class NodeDatabase implements AutoCloseable {
    private final DatabaseSpec spec;
    private Connection connection;

    NodeDatabase(DatabaseSpec spec) {
        this.spec = spec;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    synchronized <T> T run(Work<T> work) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = spec.connect();
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLException e) {
            closeQuietly();
            throw new IllegalStateException("platform table access failed: " + e.getMessage(), e);
        }
    }

    /** Creates a table unless it exists (H2 and PostgreSQL both accept IF NOT EXISTS). */
    void createTable(String ddl) {
        run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
            }
            return null;
        });
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is gone anyway
        }
        connection = null;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
