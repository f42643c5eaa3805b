package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs work in one Active Objects transaction, and runs it again (up to {@value #ATTEMPTS} times) when the database
 * refused it because another node changed the same rows at the same moment (a serialization failure or a deadlock,
 * SQLSTATE class 40). The work only touches the database, so a repeat is safe; it sees the other node's result.
 */
final class RetryingTransactions {
    private static final int ATTEMPTS = 5;

    private final ActiveObjects ao;

    RetryingTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(work::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConcurrentUpdateConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isConcurrentUpdateConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", interrupted);
        }
    }
}
