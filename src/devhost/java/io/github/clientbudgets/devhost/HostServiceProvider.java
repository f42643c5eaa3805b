package io.github.clientbudgets.devhost;

import io.github.clientbudgets.devhost.db.DatabaseSpec;

import java.nio.file.Path;

/**
 * A contributor of host services (e.g. the platform services: EventPublisher, CacheManager, ClusterLockService,
 * SchedulerService). Listed in {@code META-INF/services/io.github.clientbudgets.devhost.HostServiceProvider} on the
 * dev host's class path; each registers its services in {@link HostComponents} before the host registers its own.
 * A service registered here wins over the host's default (the host adds its {@code SimpleEventPublisher} only
 * when no EventPublisher is registered).
 */
public interface HostServiceProvider {
    void register(Context context);

    /** What a provider gets: the database (same as AO's), the registry, and a directory for its files. */
    record Context(DatabaseSpec database, HostComponents components, Path dataDirectory) {
    }
}
