package io.github.clientbudgets.devhost.ao;

import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.TestDatabase;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev host's AO transactions behave as Jira's (READ COMMITTED, one connection for AO and raw SQL, nested calls
 * join) and refuse what would silently escape the transaction, on H2 and PostgreSQL.
 */
class HostTransactionsTest {

    @AoTest
    void insideATransactionTheDatabaseRunsReadCommittedOnOneConnection(HostActiveObjects ao, TestDatabase db) {
        String[] seen = ao.executeInTransaction(() -> {
            // the way the app's raw SQL (common/AoSql) takes its connection
            try (Connection raw = ao.entityManager().getProvider().getConnection();
                 Connection again = ao.entityManager().getProvider().getConnection()) {
                assertEquals(Connection.TRANSACTION_READ_COMMITTED, raw.getTransactionIsolation());
                assertFalse(raw.getAutoCommit());
                return new String[] {isolationAsTheDatabaseSaysIt(raw, db), session(raw, db), session(again, db)};
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("READ COMMITTED", seen[0]);
        assertEquals(seen[1], seen[2], "both connections are the transaction's one database session");
    }

    @AoTest
    void aRollbackUndoesAoWritesAndTheConnectionGoesBackAsItCame(HostActiveObjects ao, TestDatabase db) throws SQLException {
        assertThrows(Boom.class, () -> ao.executeInTransaction(() -> {
            probe(ao, 1);
            throw new Boom();
        }));
        assertEquals(0, probes(ao));
        probe(ao, 2); // outside a transaction: committed at once
        try (Connection c = ao.transactions().getConnection()) {
            assertTrue(c.getAutoCommit(), "back in the pool with auto-commit on");
        }
        assertEquals(1, probes(ao));
    }

    @AoTest
    void aNestedTransactionJoinsTheOuterOne(HostActiveObjects ao, TestDatabase db) {
        // the inner one returns normally, the outer one fails: both writes are undone together
        assertThrows(Boom.class, () -> ao.executeInTransaction(() -> {
            probe(ao, 1);
            String outer = session(ao, db);
            ao.executeInTransaction(() -> {
                assertEquals(outer, session(ao, db), "the inner transaction runs on the outer one's connection");
                assertEquals(1, probes(ao), "and sees its uncommitted row");
                return probe(ao, 2);
            });
            throw new Boom();
        }));
        assertEquals(0, probes(ao), "the inner write was not committed on its own");

        // both return: one commit at the end
        ao.executeInTransaction(() -> ao.executeInTransaction(() -> probe(ao, 3)));
        assertEquals(1, probes(ao));
    }

    @AoTest
    void aFailedNestedTransactionDoomsTheOuterOneEvenIfTheFailureIsCaught(HostActiveObjects ao) {
        IllegalStateException doomed = assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            probe(ao, 1);
            try {
                ao.executeInTransaction(() -> {
                    probe(ao, 2);
                    throw new Boom();
                });
            } catch (Boom caught) {
                // the caller carries on, as if the inner part had been undone alone
            }
            return null;
        }));
        assertTrue(doomed.getMessage().contains("rolled back"), doomed.getMessage());
        assertEquals(0, probes(ao));
    }

    @AoTest
    void aSecondConnectionOrAnEarlyCommitInsideATransactionIsRefused(HostActiveObjects ao) throws SQLException {
        HostTransactions transactions = ao.transactions();
        IllegalStateException second = assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            probe(ao, 1);
            try (Connection other = transactions.physical()) { // any way to the pool but the transaction's
                return other;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(second.getMessage().contains("second database connection"), second.getMessage());
        assertEquals(0, probes(ao), "refused, and the transaction rolled back");

        for (String escape : new String[] {"commit", "rollback", "autocommit"}) {
            assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
                probe(ao, 1);
                try (Connection c = ao.entityManager().getProvider().getConnection()) {
                    switch (escape) {
                        case "commit" -> c.commit();
                        case "rollback" -> c.rollback();
                        default -> c.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }), escape);
            assertEquals(0, probes(ao), escape + " inside the callback neither committed nor survived");
        }
        try (Connection outside = transactions.physical()) {
            assertFalse(outside.isClosed(), "outside a transaction the pool serves as usual");
        }
    }

    private static final class Boom extends RuntimeException {
    }

    private static AuditEntity probe(HostActiveObjects ao, long id) {
        return ao.create(AuditEntity.class, Map.of(AuditEntity.CREATED, new Date(), AuditEntity.OBJECT_TYPE, "TX_PROBE",
                AuditEntity.OBJECT_ID, id, AuditEntity.ACTION, "PROBE"));
    }

    private static int probes(HostActiveObjects ao) {
        return ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ?", "TX_PROBE"));
    }

    private static String session(HostActiveObjects ao, TestDatabase db) {
        try (Connection c = ao.entityManager().getProvider().getConnection()) {
            return session(c, db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String session(Connection c, TestDatabase db) {
        return one(c, db == TestDatabase.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT SESSION_ID()");
    }

    private static String isolationAsTheDatabaseSaysIt(Connection c, TestDatabase db) {
        return db == TestDatabase.POSTGRESQL ? one(c, "SHOW transaction_isolation").toUpperCase(java.util.Locale.ROOT)
                : one(c, "SELECT ISOLATION_LEVEL FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()");
    }

    private static String one(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
