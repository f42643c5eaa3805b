package io.github.clientbudgets.devhost.platform;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.event.api.EventListener;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The single-node behaviour of the platform services, on H2. */
class PlatformServicesTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** The caches' clock: the expiry test moves it instead of sleeping. */
    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000);
    private final java.time.Clock clock = new java.time.Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(now.get());
        }
    };
    private final PlatformServices node = new PlatformServices(
            DatabaseSpec.h2Memory("platform_" + DATABASES.incrementAndGet()), "solo", 0, clock);

    @AfterEach
    void close() {
        node.close();
    }

    public static final class Listener {
        final List<Object> seen = new ArrayList<>();

        @EventListener
        public void onCharSequence(CharSequence event) {
            seen.add(event);
        }

        @EventListener
        public void onNumber(Integer event) {
            throw new IllegalStateException("a listener that breaks");
        }
    }

    @Test
    void eventsReachListenersByTypeAndListenerFailuresDoNotReachThePublisher() {
        Listener listener = new Listener();
        node.events().register(listener);

        node.events().publish("worklog 10000 created");
        node.events().publish(new StringBuilder("a builder is a CharSequence too"));
        node.events().publish(42); // the listener throws: the publisher must not see it
        node.events().publish(3.5); // no listener for Double

        assertEquals(2, listener.seen.size());
        node.events().unregister(listener);
        node.events().publish("after unregister");
        assertEquals(2, listener.seen.size());
    }

    @Test
    void aListenerWithoutAnnotatedMethodsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> node.events().register(new Object()));
    }

    @Test
    void cachesHonourMaxEntriesAndExpiry() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Cache<Integer, Integer> small = node.caches().getCache("small", key -> loads.incrementAndGet(),
                new CacheSettingsBuilder().maxEntries(2).local().build());
        small.get(1);
        small.get(2);
        small.get(3); // evicts the least recently used
        assertEquals(3, loads.get());
        small.get(3);
        assertEquals(3, loads.get(), "3 is still cached");

        Cache<String, Integer> shortLived = node.caches().getCache("short", key -> loads.incrementAndGet(),
                new CacheSettingsBuilder().expireAfterWrite(50, TimeUnit.MILLISECONDS).local().build());
        int first = shortLived.get("k");
        now.addAndGet(49);
        assertEquals(first, shortLived.get("k"), "49 ms after the write: still cached");
        now.addAndGet(1);
        assertEquals(first + 1, shortLived.get("k"), "reloaded once 50 ms have passed");
    }

    @Test
    void mailsAreKeptForTestsToRead() {
        node.mail().addItem(new SingleMailQueueItem(new Email("dev@example.com")
                .setSubject("Time entry rejected").setBody("Wrong issue").setMimeType("text/plain")));

        assertEquals(List.of(new HostMailQueue.SentMail("dev@example.com", "Time entry rejected", "Wrong issue",
                "text/plain")), node.mail().sentTo("dev@example.com"));
    }

    @Test
    void locksWorkOnH2Too() {
        var lock = node.locks().getLockForName("h2-lock");
        lock.lock();
        assertEquals(true, lock.isHeldByCurrentThread());
        lock.unlock();
        assertEquals(false, lock.isHeldByCurrentThread());
        assertThrows(IllegalMonitorStateException.class, lock::unlock);
    }
}
