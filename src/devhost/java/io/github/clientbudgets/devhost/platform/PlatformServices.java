package io.github.clientbudgets.devhost.platform;

import com.atlassian.audit.api.AuditService;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.CacheManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.scheduler.SchedulerService;
import io.github.clientbudgets.devhost.HostComponents;
import io.github.clientbudgets.devhost.db.DatabaseSpec;

/**
 * The Data Center platform services of one dev-host node: events, cache, cluster locks, scheduler, mail and audit, over
 * the database the node shares with any other node. Two instances on one PostgreSQL behave like two cluster nodes.
 */
public final class PlatformServices implements AutoCloseable {
    /** How often a node polls the shared tables (scheduler, cache flushes) when running for real. */
    public static final long DEFAULT_POLL_MILLIS = 500;

    private final NodeDatabase db;
    private final String nodeId;
    private final HostEventPublisher events = new HostEventPublisher();
    private final HostMailQueue mail = new HostMailQueue();
    private final HostAuditService audit = new HostAuditService();
    private final HostClusterLockService locks;
    private final HostSchedulerService scheduler;
    private final HostCacheManager caches;

    public PlatformServices(DatabaseSpec database, String nodeId, long pollMillis) {
        this(database, nodeId, pollMillis, java.time.Clock.systemUTC());
    }

    /** With the clock the caches' expiry reads (a test's clock, moved by hand). */
    public PlatformServices(DatabaseSpec database, String nodeId, long pollMillis, java.time.Clock clock) {
        this.db = new NodeDatabase(database);
        this.nodeId = nodeId;
        this.locks = new HostClusterLockService(db, nodeId);
        this.scheduler = new HostSchedulerService(db, nodeId, pollMillis);
        this.caches = new HostCacheManager(db, nodeId, pollMillis, clock);
    }

    /** Makes the services available to the plugin as Jira's OSGi services would be. */
    public void registerIn(HostComponents components) {
        components.register(EventPublisher.class, events)
                .register(CacheManager.class, caches)
                .register(ClusterLockService.class, locks)
                .register(SchedulerService.class, scheduler)
                .register(MailQueue.class, mail)
                .register(AuditService.class, audit);
    }

    public String nodeId() {
        return nodeId;
    }

    public HostEventPublisher events() {
        return events;
    }

    public HostMailQueue mail() {
        return mail;
    }

    public HostAuditService audit() {
        return audit;
    }

    public HostClusterLockService locks() {
        return locks;
    }

    public HostSchedulerService scheduler() {
        return scheduler;
    }

    public HostCacheManager caches() {
        return caches;
    }

    @Override
    public void close() {
        scheduler.close();
        caches.close();
        locks.close();
        db.close();
    }
}
