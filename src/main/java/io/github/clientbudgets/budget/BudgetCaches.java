package io.github.clientbudgets.budget;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Cluster-wide caches (Atlassian Cache) of the budget rows nearly every request and every worklog event reads: a
 * budget, a service, a budget's services, a project's budgets, and who approves where (the header asks on every
 * page). These rows change only through {@link AoBudgetStore}, which removes the keys it changes; Jira passes a
 * removal on to every node of the cluster.
 * <p>
 * Transactions: until a transaction changes a budget row, its reads are of committed rows and may use and fill the
 * caches; after it changed one, its reads go to the database (they see rows not yet committed, which no cache may
 * keep), and the keys it changed are removed again once it ends, so that a node which read the old row in between
 * does not keep it. Entries also expire after {@value #EXPIRE_MINUTES} minutes, whatever happens.
 */
final class BudgetCaches {
    static final int EXPIRE_MINUTES = 30;
    private static final String PREFIX = "io.github.clientbudgets.budget.";

    private final Cached<Optional<Budget>> budgets;
    private final Cached<Optional<LineItem>> services;
    private final Cached<List<LineItem>> servicesOfBudget;
    private final Cached<List<Budget>> budgetsOfProject;
    /** One entry (key 0): who and which projects have budgets under approval, asked by the header on every page. */
    private final Cached<ApprovalBudgets> approvalBudgets;

    /** The projects that have a budget under approval, and the owners of such budgets. */
    record ApprovalBudgets(List<Long> projectIds, java.util.Set<String> ownerKeys) {
    }
    /** The transaction on this thread, if any: whether it changed budget rows, and what to remove when it ends. */
    private final ThreadLocal<Transaction> transaction = new ThreadLocal<>();

    private static final class Transaction {
        int depth;
        boolean changedRows;
        final List<Runnable> removeAtEnd = new ArrayList<>();
    }

    /** One cache and how to read its rows; without a cache manager (unit tests of the store) no cache at all. */
    private final class Cached<V> {
        private final Cache<Long, V> cache;
        private final Function<Long, V> load;

        Cached(CacheManager manager, String name, Function<Long, V> load, int maxEntries) {
            this.load = load;
            CacheLoader<Long, V> loader = load::apply;
            this.cache = manager == null ? null : manager.getCache(PREFIX + name, loader, new CacheSettingsBuilder()
                    .expireAfterWrite(EXPIRE_MINUTES, TimeUnit.MINUTES).maxEntries(maxEntries).remote().build());
        }

        V get(long key) {
            Transaction tx = transaction.get();
            return cache == null || (tx != null && tx.changedRows) ? load.apply(key) : cache.get(key);
        }

        void clear() {
            if (cache != null) {
                cache.removeAll();
            }
        }

        void remove(long key) {
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

    BudgetCaches(CacheManager manager, Function<Long, Optional<Budget>> budget, Function<Long, Optional<LineItem>> service,
                 Function<Long, List<LineItem>> servicesOf, Function<Long, List<Budget>> budgetsOf,
                 Supplier<ApprovalBudgets> approvalBudgetsRead) {
        this.budgets = new Cached<>(manager, "budget", budget, 10_000);
        this.services = new Cached<>(manager, "service", service, 50_000);
        this.servicesOfBudget = new Cached<>(manager, "servicesOfBudget", servicesOf, 10_000);
        this.budgetsOfProject = new Cached<>(manager, "budgetsOfProject", budgetsOf, 5_000);
        this.approvalBudgets = new Cached<>(manager, "approvalBudgets", key -> approvalBudgetsRead.get(), 1);
    }

    Optional<Budget> budget(long id) {
        return budgets.get(id);
    }

    Optional<LineItem> service(long id) {
        return services.get(id);
    }

    List<LineItem> servicesOfBudget(long budgetId) {
        return servicesOfBudget.get(budgetId);
    }

    List<Budget> budgetsOfProject(long projectId) {
        return budgetsOfProject.get(projectId);
    }

    ApprovalBudgets approvalBudgets() {
        return approvalBudgets.get(0L);
    }

    /** A budget row was written: the budget and its project's list. */
    void budgetChanged(long budgetId, long projectId) {
        budgets.remove(budgetId);
        budgetsOfProject.remove(projectId);
        approvalBudgets.remove(0L); // its approval flag, owner or deletion may have changed
    }

    /** A budget's currency may have changed: its services carry amounts in it. */
    void servicesOfBudgetChanged(long budgetId, List<Long> serviceIds) {
        servicesOfBudget.remove(budgetId);
        serviceIds.forEach(services::remove);
    }

    /** A service row was written. */
    void serviceChanged(long serviceId, long budgetId) {
        services.remove(serviceId);
        servicesOfBudget.remove(budgetId);
    }

    /**
     * Empties every cache. Jira's cache manager outlives the plugin: after an upgrade its caches would still hold
     * budgets and services of the old version's class loader (a ClassCastException at best), so the plugin empties
     * them when it is enabled and when it is disabled (on every node; a remote cache's removeAll reaches the others).
     */
    void clear() {
        budgets.clear();
        services.clear();
        servicesOfBudget.clear();
        budgetsOfProject.clear();
        approvalBudgets.clear();
    }

    /** Runs a transaction's work, keeping track of what it changes (see the class comment). */
    <T> T inTransaction(Supplier<T> work) {
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
