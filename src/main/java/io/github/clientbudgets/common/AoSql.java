package io.github.clientbudgets.common;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Plain SQL on Active Objects' own connection, for what AO's query API can't say (aggregates, compare-and-set
 * updates, set-based updates). Table and column names go through AO's converters and the provider's quoting, so the
 * same statement runs on H2, PostgreSQL and Jira's other databases. Inside {@code executeInTransaction} the
 * provider hands out the transaction's connection, so these statements join that transaction.
 */
public final class AoSql {
    private final EntityManager em;
    private final DatabaseProvider provider;

    private AoSql(EntityManager em) {
        this.em = em;
        this.provider = em.getProvider();
    }

    /** AO entities carry their EntityManager: any row of the app's tables is the way in. */
    public static AoSql of(RawEntity<?> anyEntity) {
        return new AoSql(anyEntity.getEntityManager());
    }

    public String table(Class<? extends RawEntity<?>> type) {
        return provider.withSchema(em.getNameConverters().getTableNameConverter().getName(type));
    }

    public String col(String column) {
        return provider.processID(column);
    }

    /** Reads one row at a time: memory stays flat whatever the result size. */
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    public void query(String sql, List<?> params, RowReader reader) {
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    public long queryLong(String sql, List<?> params) {
        long[] result = new long[1];
        query(sql, params, rs -> result[0] = rs.getLong(1));
        return result[0];
    }

    /** @return the number of rows changed */
    public int update(String sql, List<?> params) {
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getMessage(), e);
        }
    }

    /**
     * One statement, many rows, sent as one JDBC batch (a round trip instead of one per row).
     *
     * @return per row the number of rows it changed, or {@link java.sql.Statement#SUCCESS_NO_INFO} where the driver
     *         does not say
     */
    public int[] batch(String sql, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = provider.getConnection()) {
            // outside a transaction the batch is one of its own: all rows or none, and one commit instead of one a
            // row (H2 commits each row of a batch in auto-commit); inside one it simply joins it
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (List<?> row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                if (own) {
                    connection.commit();
                }
                return counts;
            } catch (SQLException | RuntimeException e) {
                if (own) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            // PostgreSQL puts the row's own error in the next exception
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new IllegalStateException("Batch failed: " + cause.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof java.util.Date date && !(value instanceof java.sql.Timestamp)) {
                statement.setTimestamp(i + 1, new java.sql.Timestamp(date.getTime()));
            } else if (value instanceof java.time.Instant instant) {
                statement.setTimestamp(i + 1, java.sql.Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
