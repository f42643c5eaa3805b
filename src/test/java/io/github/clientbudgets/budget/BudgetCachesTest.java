package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.lineitem.AoLineItemStore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget store's caches on a real database (H2 and PostgreSQL): reads are served from the cache until the store
 * itself changes the row; a transaction sees its own changes and a rolled-back one leaves no trace in the cache.
 * Rows are changed "behind the store's back" through AO to tell a cached answer from a fresh one.
 */
class BudgetCachesTest {
    /** A node-local Atlassian Cache: the cluster side is the dev host's (see BudgetCachesOnTwoNodesTest). */
    private static final class MapCacheManager implements CacheManager {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
            Map<K, V> map = new ConcurrentHashMap<>();
            return new Cache<>() {
                public V get(K key) {
                    return map.computeIfAbsent(key, k -> {
                        loads.incrementAndGet();
                        return loader.load(k);
                    });
                }

                public void put(K key, V value) {
                    map.put(key, value);
                }

                public void remove(K key) {
                    map.remove(key);
                }

                public void removeAll() {
                    map.clear();
                }
            };
        }
    }

    private static void renameBehindTheStoresBack(ActiveObjects ao, long budgetId, String name) {
        BudgetEntity e = ao.get(BudgetEntity.class, (int) budgetId);
        e.setName(name);
        e.save();
    }

    @AoTest
    void readsComeFromTheCacheUntilTheStoreChangesTheRow(ActiveObjects ao) {
        MapCacheManager caches = new MapCacheManager();
        AoBudgetStore store = new AoBudgetStore(ao, caches);
        Budget budget = new Fixtures(Stores.on(ao, store)).budget(10000, "Website", BudgetType.TIME_AND_MATERIALS, "EUR",
                "2026-09-01", null, "1000", false);
        assertEquals("Website", store.budget(budget.id()).orElseThrow().name());
        assertEquals(1, store.budgetsOfProject(10000).size());
        int loads = caches.loads.get();

        renameBehindTheStoresBack(ao, budget.id(), "Changed elsewhere");

        assertEquals("Website", store.budget(budget.id()).orElseThrow().name(), "served from the cache");
        assertEquals(loads, caches.loads.get(), "no database read");
        store.updateBudget(withName(budget, "Renamed"));
        assertEquals("Renamed", store.budget(budget.id()).orElseThrow().name());
        assertEquals("Renamed", store.budgetsOfProject(10000).get(0).name());

        store.markDeleted(budget.id());
        assertTrue(store.budget(budget.id()).isEmpty());
        assertTrue(store.budgetsOfProject(10000).isEmpty());
    }

    @AoTest
    void whoApprovesWhereFollowsTheStoresWrites(ActiveObjects ao) {
        AoBudgetStore store = new AoBudgetStore(ao, new MapCacheManager());
        Fixtures fixtures = new Fixtures(Stores.on(ao, store));
        Budget live = fixtures.budget(10000, "Live", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", false);
        assertTrue(store.projectsWithApprovalBudgets().isEmpty());
        assertTrue(!store.ownsApprovalBudget("pm"));

        store.updateBudget(live.withApprovalRequired(true));
        assertEquals(java.util.List.of(10000L), store.projectsWithApprovalBudgets());
        assertTrue(store.ownsApprovalBudget("pm"));
        Budget second = fixtures.budget(10001, "Second", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        assertEquals(java.util.List.of(10000L, 10001L), store.projectsWithApprovalBudgets());

        store.markDeleted(live.id());
        assertEquals(java.util.List.of(10001L), store.projectsWithApprovalBudgets());
        store.markDeleted(second.id());
        assertTrue(store.projectsWithApprovalBudgets().isEmpty());
        assertTrue(!store.ownsApprovalBudget("pm"));
    }

    @AoTest
    void aBudgetsLineItemsFollowTheStoresWrites(ActiveObjects ao) {
        Stores stores = Stores.on(ao, new MapCacheManager());
        AoLineItemStore store = stores.lineItems;
        Fixtures fixtures = new Fixtures(stores);
        Budget budget = fixtures.budget(10000, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", false);
        LineItem design = fixtures.service(budget, "Design", Billing.HOURLY, "80.00", true);
        assertEquals(1, store.lineItems(budget).size());
        assertEquals("Design", store.lineItem(design.id()).orElseThrow().name());

        LineItem build = fixtures.service(budget, "Build", Billing.HOURLY, "90.00", false);
        store.updateLineItem(new LineItem(design.id(), budget.id(), "Design & UX", Billing.HOURLY, null,
                design.rate(), null, true));

        assertEquals(2, store.lineItems(budget.id()).size());
        assertEquals("Design & UX", store.lineItem(design.id()).orElseThrow().name());
        store.deleteLineItem(build.id());
        assertEquals(1, store.lineItems(budget).size());
        assertTrue(store.lineItem(build.id()).isEmpty());
    }

    @AoTest
    void aTransactionSeesItsOwnChangesAndARollbackLeavesNothingInTheCache(ActiveObjects ao) {
        AoBudgetStore store = new AoBudgetStore(ao, new MapCacheManager());
        Budget budget = new Fixtures(Stores.on(ao, store)).budget(10000, "Website", BudgetType.TIME_AND_MATERIALS, "EUR",
                "2026-09-01", null, "1000", false);
        assertEquals("Website", store.budget(budget.id()).orElseThrow().name());

        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.updateBudget(withName(budget, "Never committed"));
            assertEquals("Never committed", store.budget(budget.id()).orElseThrow().name(), "its own change");
            assertEquals("Never committed", store.budgetsOfProject(10000).get(0).name());
            assertEquals("Website", otherThread(() -> store.budget(budget.id()).orElseThrow().name()),
                    "another request on this node reads the committed row, not this transaction's");
            throw new IllegalStateException("rolled back");
        }));

        assertEquals("Website", store.budget(budget.id()).orElseThrow().name(), "no phantom in the cache");
        assertEquals("Website", store.budgetsOfProject(10000).get(0).name());
    }

    @AoTest
    void withoutACacheManagerEveryReadGoesToTheDatabase(ActiveObjects ao) {
        AoBudgetStore store = new AoBudgetStore(ao);
        Budget budget = new Fixtures(Stores.on(ao, store)).budget(10000, "Website", BudgetType.TIME_AND_MATERIALS, "EUR",
                "2026-09-01", null, "1000", false);
        assertEquals("Website", store.budget(budget.id()).orElseThrow().name());
        renameBehindTheStoresBack(ao, budget.id(), "Changed elsewhere");
        assertEquals("Changed elsewhere", store.budget(budget.id()).orElseThrow().name());
    }

    private static <T> T otherThread(java.util.concurrent.Callable<T> read) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return pool.submit(read).get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    static Budget withName(Budget b, String name) {
        return new Budget(b.id(), b.projectId(), name, b.type(), b.currency(), b.startDate(), b.endDate(),
                b.totalAmount(), b.totalSeconds(), b.ownerKey(), b.status(), b.approvalRequired(), b.clientAccess(),
                b.showPersonNames(), b.showComments(), b.alertWarnPercent(), b.alertCriticalPercent());
    }
}
