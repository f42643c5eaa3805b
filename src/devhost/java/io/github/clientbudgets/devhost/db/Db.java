package io.github.clientbudgets.devhost.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC for the host's own tables (users, projects, issues, worklogs): short helpers that turn SQL errors into
 * unchecked {@link DbException}s. One connection per call; the host keeps an H2 file database open with
 * {@code DB_CLOSE_DELAY=-1}, so that is cheap.
 */
public final class Db {
    /**
     * {@code -Ddevhost.pooledJdbc=true}: the host's Jira tables go through a connection pool, as Jira's do (its
     * OfBiz layer runs on DBCP), instead of one new connection per call. Off by default; the benchmarks switch it on
     * so that a new PostgreSQL connection per host call does not stand in for the cost of Jira's own work.
     */
    private static final boolean POOLED = Boolean.getBoolean("devhost.pooledJdbc");
    private static final java.util.Map<String, org.apache.commons.dbcp.BasicDataSource> POOLS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final DatabaseSpec spec;

    public Db(DatabaseSpec spec) {
        this.spec = spec;
    }

    public DatabaseSpec spec() {
        return spec;
    }

    public Connection connect() {
        try {
            if (POOLED) {
                return POOLS.computeIfAbsent(spec.jdbcUrl() + "|" + spec.username(), k -> {
                    org.apache.commons.dbcp.BasicDataSource pool = new org.apache.commons.dbcp.BasicDataSource();
                    pool.setUrl(spec.jdbcUrl());
                    pool.setUsername(spec.username());
                    pool.setPassword(spec.password());
                    pool.setMaxActive(32);
                    pool.setMaxIdle(32);
                    return pool;
                }).getConnection();
            }
            return spec.connect();
        } catch (SQLException e) {
            throw new DbException("cannot connect to " + spec.jdbcUrl(), e);
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new DbException(sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long queryLong(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DbException(sql, e);
        }
    }

    public void execute(String... statements) {
        try (Connection c = connect(); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new DbException(String.join("; ", statements), e);
        }
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant) {
                ps.setTimestamp(i + 1, Timestamp.from((Instant) p));
            } else if (p instanceof java.util.Date && !(p instanceof java.sql.Timestamp)) {
                ps.setTimestamp(i + 1, new Timestamp(((java.util.Date) p).getTime()));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    public static final class DbException extends RuntimeException {
        public DbException(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }
}
