package io.github.clientbudgets.budget;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Cluster-wide caches (Atlassian Cache) of the rows nearly every request and every worklog event reads: a budget, a
 * project's budgets and who approves where ({@link AoBudgetStore}), a line item and a budget's line items (the
 * line-item store). Those rows change only through these two stores, which remove the keys they change; Jira passes a
 * removal on to every node of the cluster. The two stores share one instance, so that one transaction is tracked
 * across both.
 * <p>
 * Transactions: until a transaction changes a cached row, its reads are of committed rows and may use and fill the
 * caches; after it changed one, its reads go to the database (they see rows not yet committed, which no cache may
 * keep), and the keys it changed are removed again once it ends, so that a node which read the old row in between
 * does not keep it. Entries also expire after {@value #EXPIRE_MINUTES} minutes, whatever happens.
 */
public final class BudgetCaches {
    static final int EXPIRE_MINUTES = 30;
    /** The names' prefix predates the line-item store: kept, so every node of a cluster uses the same caches. */
    private static final String PREFIX = "io.github.clientbudgets.budget.";

    private final CacheManager manager;
    private final List<Cached<?>> all = new ArrayList<>();

    /** The transaction on this thread, if any: whether it changed cached rows, and what to remove when it ends. */
    private final ThreadLocal<Transaction> transaction = new ThreadLocal<>();

    private static final class Transaction {
        int depth;
        boolean changedRows;
        final List<Runnable> removeAtEnd = new ArrayList<>();
    }

    /** @param manager Jira's cache manager; null for no cache at all (unit tests of a store) */
    public BudgetCaches(CacheManager manager) {
        this.manager = manager;
    }

    /** One cache and how to read its rows; without a cache manager every get reads. */
    public final class Cached<V> {
        private final Cache<Long, V> cache;
        private final Function<Long, V> load;

        private Cached(String name, Function<Long, V> load, int maxEntries) {
            this.load = load;
            CacheLoader<Long, V> loader = load::apply;
            this.cache = manager == null ? null : manager.getCache(PREFIX + name, loader, new CacheSettingsBuilder()
                    .expireAfterWrite(EXPIRE_MINUTES, TimeUnit.MINUTES).maxEntries(maxEntries).remote().build());
        }

        public V get(long key) {
            Transaction tx = transaction.get();
            return cache == null || (tx != null && tx.changedRows) ? load.apply(key) : cache.get(key);
        }

        private void clear() {
            if (cache != null) {
                cache.removeAll();
            }
        }

        /** The row behind this key was written: removed now, and again when the transaction ends. */
        public void remove(long key) {
            if (cache == null) {
                return;
            }
            cache.remove(key);
            Transaction tx = transaction.get();
            if (tx != null) {
                tx.changedRows = true;
                tx.removeAtEnd.add(() -> cache.remove(key));
            }
        }
    }

    /** A cache named {@code io.github.clientbudgets.budget.<name>}, loading a missing key with {@code load}. */
    public synchronized <V> Cached<V> cache(String name, Function<Long, V> load, int maxEntries) {
        Cached<V> cached = new Cached<>(name, load, maxEntries);
        all.add(cached);
        return cached;
    }

    /**
     * Empties every cache. Jira's cache manager outlives the plugin: after an upgrade its caches would still hold
     * budgets and line items of the old version's class loader (a ClassCastException at best), so the plugin empties
     * them when it is enabled and when it is disabled (on every node; a remote cache's removeAll reaches the others).
     */
    public synchronized void clear() {
        all.forEach(Cached::clear);
    }

    /** Runs a transaction's work, keeping track of what it changes (see the class comment). */
    public <T> T inTransaction(Supplier<T> work) {
        Transaction tx = transaction.get();
        if (tx == null) {
            tx = new Transaction();
            transaction.set(tx);
        }
        tx.depth++;
        try {
            return work.get();
        } finally {
            if (--tx.depth == 0) {
                transaction.remove();
                tx.removeAtEnd.forEach(Runnable::run);
            }
        }
    }
}
