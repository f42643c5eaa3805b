package io.github.clientbudgets.devhost.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster lock over the shared database, as Jira Data Center's database lock does it: a row per lock
 * name, claimed by one node with a conditional UPDATE, so two dev hosts on one PostgreSQL exclude each other.
 * Within a node a local reentrant lock orders the threads; only the first acquisition by a thread touches the
 * database. A crashed node's locks stay until its node id is released ({@link #releaseAllOf}); Jira expires them
 * after a while, which the dev host does not need.
 */
public final class HostClusterLockService implements ClusterLockService, AutoCloseable {
    static final String TABLE = "HOST_CLUSTER_LOCK";
    private static final long POLL_MILLIS = 50;

    private final NodeDatabase db;
    private final String nodeId;
    private final Map<String, DatabaseLock> locks = new ConcurrentHashMap<>();

    HostClusterLockService(NodeDatabase db, String nodeId) {
        this.db = db;
        this.nodeId = nodeId;
        db.createTable("CREATE TABLE IF NOT EXISTS " + TABLE
                + " (LOCK_NAME VARCHAR(255) PRIMARY KEY, NODE_ID VARCHAR(64), LOCKED_AT BIGINT)");
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isBlank() || lockName.length() > 255) {
            throw new IllegalArgumentException("a lock name has 1 to 255 characters");
        }
        return locks.computeIfAbsent(lockName, DatabaseLock::new);
    }

    /** Frees every lock a (dead) node holds. */
    public void releaseAllOf(String deadNodeId) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE + " SET NODE_ID = NULL WHERE NODE_ID = ?")) {
                s.setString(1, deadNodeId);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        releaseAllOf(nodeId);
    }

    private boolean claim(String lockName) {
        return db.run(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + TABLE + " (LOCK_NAME, NODE_ID, LOCKED_AT) SELECT ?, NULL, 0 WHERE NOT EXISTS"
                            + " (SELECT 1 FROM " + TABLE + " WHERE LOCK_NAME = ?)")) {
                insert.setString(1, lockName);
                insert.setString(2, lockName);
                insert.executeUpdate();
            } catch (SQLException raceWithOtherNode) {
                // the other node inserted the row first: fine, the UPDATE below decides
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE " + TABLE + " SET NODE_ID = ?, LOCKED_AT = ? WHERE LOCK_NAME = ? AND NODE_ID IS NULL")) {
                update.setString(1, nodeId);
                update.setLong(2, System.currentTimeMillis());
                update.setString(3, lockName);
                return update.executeUpdate() == 1;
            }
        });
    }

    private void release(String lockName) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE " + TABLE + " SET NODE_ID = NULL WHERE LOCK_NAME = ? AND NODE_ID = ?")) {
                s.setString(1, lockName);
                s.setString(2, nodeId);
                return s.executeUpdate();
            }
        });
    }

    private final class DatabaseLock implements ClusterLock {
        private final String name;
        private final ReentrantLock local = new ReentrantLock();

        DatabaseLock(String name) {
            this.name = name;
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return local.isHeldByCurrentThread();
        }

        @Override
        public void lock() {
            try {
                lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for cluster lock " + name, e);
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock(1, TimeUnit.HOURS)) {
                // keep waiting, as Lock.lock() does
            }
        }

        @Override
        public boolean tryLock() {
            if (!local.tryLock()) {
                return false;
            }
            return claimOrUnlock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            if (!local.tryLock(time, unit)) {
                return false;
            }
            if (local.getHoldCount() > 1) {
                return true;
            }
            while (true) {
                if (claim(name)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    local.unlock();
                    return false;
                }
                Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            }
        }

        private boolean claimOrUnlock() {
            if (local.getHoldCount() > 1 || claim(name)) {
                return true;
            }
            local.unlock();
            return false;
        }

        @Override
        public void unlock() {
            if (!local.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException("cluster lock " + name + " is not held by this thread");
            }
            if (local.getHoldCount() == 1) {
                release(name);
            }
            local.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }
    }
}
