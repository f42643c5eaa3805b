package io.github.clientbudgets.devhost.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two dev-host nodes on one real PostgreSQL behave like a Data Center cluster for locks, jobs and caches. */
class TwoNodesOnOnePostgresTest {
    private static EmbeddedPostgresServer postgres;
    private PlatformServices nodeA;
    private PlatformServices nodeB;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void twoNodes() {
        DatabaseSpec shared = postgres.createDatabase("cluster");
        // polling off: the test drives the rounds, so it counts exactly
        nodeA = new PlatformServices(shared, "node-a", 0);
        nodeB = new PlatformServices(shared, "node-b", 0);
    }

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void aLockHeldByOneNodeBlocksTheOtherUntilReleased() throws Exception {
        ClusterLock onA = nodeA.locks().getLockForName("resync");
        ClusterLock onB = nodeB.locks().getLockForName("resync");

        assertTrue(onA.tryLock());
        assertTrue(onA.isHeldByCurrentThread());
        assertFalse(onB.tryLock(), "node B got a lock node A holds");
        assertFalse(onB.tryLock(300, TimeUnit.MILLISECONDS), "nor by waiting for it while A holds it");

        // B waits (up to 5 s) while A still holds the lock, and gets it once A lets go: no sleep, no timing bound
        CompletableFuture<Boolean> waitingOnB = CompletableFuture.supplyAsync(() -> {
            try {
                boolean got = onB.tryLock(5, TimeUnit.SECONDS);
                if (got) {
                    onB.unlock();
                }
                return got;
            } catch (InterruptedException e) {
                return false;
            }
        });
        assertFalse(onB.tryLock(), "still A's");
        onA.unlock();
        assertTrue(waitingOnB.get(5, TimeUnit.SECONDS), "B gets the lock once A releases it");
    }

    @Test
    void aLockIsReentrantForItsThreadAndReleasedOnTheLastUnlock() {
        ClusterLock onA = nodeA.locks().getLockForName("approve-42");
        onA.lock();
        onA.lock();
        onA.unlock();
        assertFalse(nodeB.locks().getLockForName("approve-42").tryLock(), "still held after one of two unlocks");
        onA.unlock();
        ClusterLock onB = nodeB.locks().getLockForName("approve-42");
        assertTrue(onB.tryLock());
        onB.unlock();
    }

    @Test
    void aClusterJobRunsOnExactlyOneNodePerDueRun() throws Exception {
        AtomicInteger runsOnA = new AtomicInteger();
        AtomicInteger runsOnB = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("resync-runner");
        nodeA.scheduler().registerJobRunner(key, request -> {
            runsOnA.incrementAndGet();
            return JobRunnerResponse.success();
        });
        nodeB.scheduler().registerJobRunner(key, request -> {
            runsOnB.incrementAndGet();
            return JobRunnerResponse.success();
        });
        nodeA.scheduler().scheduleJob(JobId.of("resync-once"), JobConfig.forJobRunnerKey(key)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(Schedule.forInterval(0, new Date())));

        for (int round = 0; round < 20; round++) {
            CompletableFuture<Void> a = CompletableFuture.runAsync(nodeA.scheduler()::runDueJobs);
            CompletableFuture<Void> b = CompletableFuture.runAsync(nodeB.scheduler()::runDueJobs);
            CompletableFuture.allOf(a, b).get(10, TimeUnit.SECONDS);
        }

        assertEquals(1, runsOnA.get() + runsOnB.get(), "a one-off cluster job ran " + (runsOnA.get() + runsOnB.get()) + " times");
        assertEquals("SUCCESS", nodeB.scheduler().lastOutcome(JobId.of("resync-once")));
    }

    @Test
    void aLocalJobRunsOnEveryNode() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("local-runner");
        nodeA.scheduler().registerJobRunner(key, request -> {
            runs.incrementAndGet();
            return JobRunnerResponse.success();
        });
        nodeB.scheduler().registerJobRunner(key, request -> {
            runs.incrementAndGet();
            return JobRunnerResponse.success();
        });
        nodeA.scheduler().scheduleJob(JobId.of("warm-caches"), JobConfig.forJobRunnerKey(key)
                .withRunMode(RunMode.RUN_LOCALLY).withSchedule(Schedule.forInterval(0, new Date())));

        for (int round = 0; round < 5; round++) {
            nodeA.scheduler().runDueJobs();
            nodeB.scheduler().runDueJobs();
        }

        assertEquals(2, runs.get());
    }

    @Test
    void aFailingRunnerIsRecordedAndDoesNotStopTheScheduler() throws Exception {
        JobRunnerKey key = JobRunnerKey.of("broken");
        nodeA.scheduler().registerJobRunner(key, request -> {
            throw new IllegalStateException("boom");
        });
        nodeA.scheduler().scheduleJob(JobId.of("broken-job"), JobConfig.forJobRunnerKey(key)
                .withSchedule(Schedule.forInterval(0, new Date())));

        nodeA.scheduler().runDueJobs();

        assertTrue(nodeA.scheduler().lastOutcome(JobId.of("broken-job")).startsWith("FAILED: java.lang.IllegalStateException: boom"));
    }

    @Test
    void aCacheInvalidationOnOneNodeReachesTheOther() {
        AtomicInteger loads = new AtomicInteger();
        Cache<String, String> onA = nodeA.caches().getCache("budget-summary", key -> key + "#" + loads.incrementAndGet(),
                new CacheSettingsBuilder().remote().build());
        Cache<String, String> onB = nodeB.caches().getCache("budget-summary", key -> key + "#" + loads.incrementAndGet(),
                new CacheSettingsBuilder().remote().build());
        assertEquals("7#1", onA.get("7"));
        assertEquals("7#2", onB.get("7"));
        assertEquals("7#2", onB.get("7"), "B serves its cached value");

        onA.remove("7");
        nodeB.caches().applyRemoteFlushes();

        assertEquals("7#3", onB.get("7"), "B reloads after A's invalidation");
    }

    @Test
    void aLocalCacheStaysLocal() {
        AtomicInteger loads = new AtomicInteger();
        Cache<String, Integer> onA = nodeA.caches().getCache("local-only", key -> loads.incrementAndGet(),
                new CacheSettingsBuilder().local().build());
        Cache<String, Integer> onB = nodeB.caches().getCache("local-only", key -> loads.incrementAndGet(),
                new CacheSettingsBuilder().local().build());
        onB.get("x");
        onA.removeAll();
        nodeB.caches().applyRemoteFlushes();
        assertEquals(1, onB.get("x"));
    }
}
