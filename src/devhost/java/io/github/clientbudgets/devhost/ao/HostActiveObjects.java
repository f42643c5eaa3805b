package io.github.clientbudgets.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.sql.SQLException;
import java.util.Map;

/**
 * The host's {@link ActiveObjects}: the real AO {@link EntityManager}, as Jira's AO plugin wraps it. SQL errors
 * become AO's unchecked {@code ActiveObjectsException}-like runtime exceptions, as in Jira. Transactions are the
 * host's, as in Jira (not AO's own {@code net.java.ao.Transaction}, which runs SERIALIZABLE): see
 * {@link HostTransactions}.
 */
public final class HostActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final HostTransactions transactions;

    /** @param transactions the data source under the entity manager's provider */
    public HostActiveObjects(EntityManager entityManager, HostTransactions transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public HostTransactions transactions() {
        return transactions;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    @SuppressWarnings("deprecation") // AO's own name for dropping its entity cache; Jira's API keeps it
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        try {
            return entityManager.get(type, key);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        try {
            return entityManager.deleteWithSQL(type, criteria, params);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... params) {
        try {
            return entityManager.find(type, criteria, params);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> cb) {
        try {
            entityManager.stream(type, query, cb);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return entityManager.count(type, query);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> cb) {
        try {
            return transactions.inTransaction(cb::doInTransaction);
        } catch (SQLException e) {
            throw new HostAoException(e);
        }
    }

    /** What Jira's AO plugin throws for a database error: unchecked. */
    public static final class HostAoException extends RuntimeException {
        HostAoException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
