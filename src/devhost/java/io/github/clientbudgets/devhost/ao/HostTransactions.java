package io.github.clientbudgets.devhost.ao;

import net.java.ao.DisposableDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The host's own transactions, as Jira runs them for Active Objects: AO's {@code executeInTransaction} goes to SAL's
 * {@code TransactionTemplate}, and Jira's transaction is a connection bound to the thread at READ COMMITTED with
 * auto-commit off (Jira's {@code CoreTransactionUtil} over OfBiz's {@code TransactionUtil.beginLocalTransaction}).
 *
 * <p>This is the data source under the AO entity manager. Inside {@link #inTransaction} every connection it hands out
 * on that thread is the transaction's one (closing it does nothing), so AO's own statements and the app's raw SQL
 * (which takes its connection from the entity manager's provider) share the transaction. A nested call joins the
 * outer transaction; only the outermost commits, or rolls back on any exception.
 *
 * <p>Strict where Jira would go wrong quietly: while a thread has a transaction, a second physical connection from
 * the pool for that thread is refused (statements on it would not roll back with the transaction, and on PostgreSQL
 * would wait forever for the transaction's own row locks); so is committing, rolling back or turning auto-commit on
 * through the transaction's connection.
 */
public final class HostTransactions implements DisposableDataSource {
    private final DataSource pool;
    private final Runnable closePool;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();

    public HostTransactions(DataSource pool, Runnable closePool) {
        this.pool = pool;
        this.closePool = closePool;
    }

    /** The transaction of the current thread, if one is open. */
    private static final class Bound {
        final Connection physical;
        final Connection handle;
        final int previousIsolation;
        boolean rollbackOnly;

        Bound(Connection physical, Connection handle, int previousIsolation) {
            this.physical = physical;
            this.handle = handle;
            this.previousIsolation = previousIsolation;
        }
    }

    public boolean inTransactionNow() {
        return bound.get() != null;
    }

    /**
     * Runs the work in the thread's transaction: joins an open one, or opens one (READ COMMITTED, auto-commit off),
     * commits it when the work returns and rolls it back when the work throws anything.
     */
    public <T> T inTransaction(Supplier<T> work) throws SQLException {
        Bound outer = bound.get();
        if (outer != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                // as Jira's nested transaction: a failed inner part dooms the whole, even if the caller catches it
                outer.rollbackOnly = true;
                throw e;
            }
        }
        Connection physical = physical();
        Bound tx;
        try {
            int previous = physical.getTransactionIsolation();
            physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            physical.setAutoCommit(false);
            tx = new Bound(physical, handle(physical), previous);
        } catch (SQLException | RuntimeException e) {
            physical.close();
            throw e;
        }
        bound.set(tx);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            end(tx, false, e);
            throw e;
        }
        if (tx.rollbackOnly) {
            IllegalStateException doomed = new IllegalStateException(
                    "a nested executeInTransaction failed inside this transaction: it was rolled back, not committed");
            end(tx, false, doomed);
            throw doomed;
        }
        end(tx, true, null);
        return result;
    }

    /** Commits or rolls back, then hands the connection back as it came (auto-commit on, its old isolation). */
    private void end(Bound tx, boolean commit, Throwable failure) throws SQLException {
        bound.remove();
        SQLException endFailure = null;
        try {
            if (commit) {
                tx.physical.commit();
            } else {
                tx.physical.rollback();
            }
        } catch (SQLException e) {
            endFailure = e;
            if (commit) {
                try {
                    tx.physical.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
            }
        }
        try {
            tx.physical.setAutoCommit(true);
            tx.physical.setTransactionIsolation(tx.previousIsolation);
        } catch (SQLException e) {
            endFailure = endFailure == null ? e : endFailure;
        } finally {
            tx.physical.close();
        }
        if (endFailure != null) {
            if (failure != null) {
                failure.addSuppressed(endFailure);
            } else {
                throw endFailure;
            }
        }
    }

    /** A connection of the pool, refused while this thread has a transaction: that would be a second one. */
    public Connection physical() throws SQLException {
        if (bound.get() != null) {
            throw new IllegalStateException("a second database connection was asked for inside executeInTransaction on "
                    + Thread.currentThread().getName() + ": its statements would not roll back with the transaction");
        }
        return pool.getConnection();
    }

    /** The transaction's connection where one is open, else one of the pool's. */
    @Override
    public Connection getConnection() throws SQLException {
        Bound tx = bound.get();
        return tx != null ? tx.handle : physical();
    }

    private static Connection handle(Connection physical) {
        return (Connection) Proxy.newProxyInstance(HostTransactions.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Handle(physical));
    }

    /** The transaction's connection as the app and AO see it: they may close it, not end the transaction. */
    private static final class Handle implements InvocationHandler {
        final Connection physical;

        Handle(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    return null;
                case "isClosed":
                    return physical.isClosed();
                case "commit", "rollback", "setSavepoint", "releaseSavepoint":
                    throw new IllegalStateException(method.getName() + " inside executeInTransaction: the transaction "
                            + "ends when the callback returns (commit) or throws (rollback)");
                case "setAutoCommit":
                    if (Boolean.TRUE.equals(args[0])) {
                        throw new IllegalStateException("auto-commit switched on inside executeInTransaction");
                    }
                    return null;
                case "setTransactionIsolation":
                    if (!Integer.valueOf(Connection.TRANSACTION_READ_COMMITTED).equals(args[0])) {
                        throw new IllegalStateException("isolation changed inside executeInTransaction");
                    }
                    return null;
                case "unwrap":
                    return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                case "isWrapperFor":
                    return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "transaction connection " + physical;
                default:
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }

    @Override
    public void dispose() {
        closePool.run();
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new IllegalStateException("Not allowed to get a connection for non default username/password");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
