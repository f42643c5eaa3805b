package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.github.clientbudgets.common.AoFind;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoVersions;
import io.github.clientbudgets.common.Money;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link BudgetStore} on Active Objects: the only class that writes the budget table. Budgets are cached
 * ({@link BudgetCaches}, shared with the line-item store); transactions are retried on a concurrent-update conflict
 * ({@link RetryingTransactions}).
 */
public class AoBudgetStore implements BudgetStore {
    private final ActiveObjects ao;
    private final BudgetCaches caches;
    private final RetryingTransactions transactions;
    private final BudgetCaches.Cached<Optional<Budget>> budgets;
    private final BudgetCaches.Cached<List<Budget>> budgetsOfProject;
    /** One entry (key 0): who and which projects have budgets under approval, asked by the header on every page. */
    private final BudgetCaches.Cached<ApprovalBudgets> approvalBudgets;

    /** The projects that have a budget under approval, and the owners of such budgets. */
    record ApprovalBudgets(List<Long> projectIds, java.util.Set<String> ownerKeys) {
    }

    /** Without caches: every read goes to the database (tests of the store itself). */
    public AoBudgetStore(ActiveObjects ao) {
        this(ao, new BudgetCaches(null));
    }

    /** With caches of its own (tests of the caches). */
    public AoBudgetStore(ActiveObjects ao, CacheManager cacheManager) {
        this(ao, new BudgetCaches(cacheManager));
    }

    public AoBudgetStore(ActiveObjects ao, BudgetCaches caches) {
        this.ao = ao;
        this.caches = caches;
        this.transactions = new RetryingTransactions(ao);
        this.budgets = caches.cache("budget", this::readBudget, 10_000);
        this.budgetsOfProject = caches.cache("budgetsOfProject", this::readBudgetsOfProject, 5_000);
        this.approvalBudgets = caches.cache("approvalBudgets", key -> readApprovalBudgets(), 1);
    }

    /** The caches this store tracks its transactions in: the line-item store keeps its caches there too. */
    public BudgetCaches caches() {
        return caches;
    }

    /**
     * Spring init-method and destroy-method: the plugin's caches start and end empty (see
     * {@link BudgetCaches#clear()}); Jira runs them when it enables and disables the plugin.
     */
    public void clearCaches() {
        caches.clear();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return caches.inTransaction(() -> transactions.run(work));
    }

    /** A budget row was written: the budget, its project's list, and who approves where. */
    private void budgetChanged(long budgetId, long projectId) {
        budgets.remove(budgetId);
        budgetsOfProject.remove(projectId);
        approvalBudgets.remove(0L); // its approval flag, owner or deletion may have changed
    }

    // ----- budgets

    @Override
    public Budget insertBudget(Budget budget) {
        Map<String, Object> values = budgetValues(budget);
        values.put(BudgetEntity.DELETED, false);
        Budget inserted = budget.withId(ao.create(BudgetEntity.class, values).getID());
        budgetChanged(inserted.id(), inserted.projectId());
        return inserted;
    }

    @Override
    public void updateBudget(Budget budget) {
        BudgetEntity e = ao.get(BudgetEntity.class, (int) budget.id());
        e.setName(budget.name());
        e.setType(budget.type().name());
        e.setCurrency(budget.currency().getCurrencyCode());
        e.setStartDate(iso(budget.startDate()));
        e.setEndDate(iso(budget.endDate()));
        e.setTotalAmountMinor(budget.totalAmount() == null ? null : Money.toMinor(budget.totalAmount(), budget.currency()));
        e.setTotalSeconds(budget.totalSeconds());
        e.setOwnerKey(budget.ownerKey());
        e.setStatus(budget.status().name());
        e.setApprovalRequired(budget.approvalRequired());
        e.setClientAccess(budget.clientAccess());
        e.setShowPersonNames(budget.showPersonNames());
        e.setShowComments(budget.showComments());
        e.setShowForecast(budget.showForecast());
        e.setAlertWarnPercent(budget.alertWarnPercent());
        e.setAlertCriticalPercent(budget.alertCriticalPercent());
        e.save();
        budgetChanged(budget.id(), e.getProjectId());
    }

    @Override
    public boolean claimBudgetVersion(long budgetId, int expectedVersion) {
        BudgetEntity e = budgetId <= 0 || budgetId > Integer.MAX_VALUE ? null : ao.get(BudgetEntity.class, (int) budgetId);
        if (e == null) {
            return false;
        }
        boolean claimed = AoVersions.claim(AoSql.of(e), BudgetEntity.class, BudgetEntity.VERSION, (int) budgetId, expectedVersion);
        if (claimed) {
            budgetChanged(budgetId, e.getProjectId());
        }
        return claimed;
    }

    @Override
    public boolean setBudgetFlag(long budgetId, BudgetFlag flag, boolean value) {
        BudgetEntity e = budgetId <= 0 || budgetId > Integer.MAX_VALUE ? null : ao.get(BudgetEntity.class, (int) budgetId);
        if (e == null) {
            return false;
        }
        AoSql q = AoSql.of(e);
        String column = q.col(flag.column());
        // the one column, and only if it differs: two toggles never overwrite each other's other fields, and a
        // toggle that changes nothing writes (and audits) nothing
        boolean changed = q.update("UPDATE " + q.table(BudgetEntity.class) + " SET " + column + " = ?, "
                + q.col(BudgetEntity.VERSION) + " = COALESCE(" + q.col(BudgetEntity.VERSION) + ", 0) + 1 WHERE "
                + q.col("ID") + " = ? AND " + column + " <> ?", List.of(value, (int) budgetId, value)) == 1;
        if (changed) {
            budgetChanged(budgetId, e.getProjectId());
        }
        return changed;
    }

    @Override
    public boolean setAlertLevels(long budgetId, int warnPercent, int criticalPercent) {
        BudgetEntity e = budgetId <= 0 || budgetId > Integer.MAX_VALUE ? null : ao.get(BudgetEntity.class, (int) budgetId);
        if (e == null) {
            return false;
        }
        AoSql q = AoSql.of(e);
        String warn = q.col(BudgetEntity.ALERT_WARN_PERCENT);
        String critical = q.col(BudgetEntity.ALERT_CRITICAL_PERCENT);
        boolean changed = q.update("UPDATE " + q.table(BudgetEntity.class) + " SET " + warn + " = ?, " + critical
                + " = ?, " + q.col(BudgetEntity.VERSION) + " = COALESCE(" + q.col(BudgetEntity.VERSION) + ", 0) + 1 WHERE "
                + q.col("ID") + " = ? AND (" + warn + " IS NULL OR " + critical + " IS NULL OR " + warn + " <> ? OR "
                + critical + " <> ?)", List.of(warnPercent, criticalPercent, (int) budgetId, warnPercent,
                criticalPercent)) == 1;
        if (changed) {
            budgetChanged(budgetId, e.getProjectId());
        }
        return changed;
    }

    @Override
    public List<Long> budgetIds() {
        return Arrays.stream(ao.find(BudgetEntity.class, Query.select("ID").where(BudgetEntity.DELETED + " = ?", false)
                .order("ID"))).map(b -> (long) b.getID()).toList();
    }

    @Override
    public Optional<Budget> budget(long id) {
        return id <= 0 || id > Integer.MAX_VALUE ? Optional.empty() : budgets.get(id);
    }

    private Optional<Budget> readBudget(long id) {
        BudgetEntity e = ao.get(BudgetEntity.class, (int) id);
        return e == null || e.isDeleted() ? Optional.empty() : Optional.of(toBudget(e));
    }

    /**
     * The ids of up to {@code limit} budgets whose copy in the cluster cache differs from their row in the database:
     * the installation check's test that removals reach this node (a stale copy means they do not). Compares outside
     * any transaction, so both sides are committed data.
     */
    public List<Long> budgetsCachedDifferently(int limit) {
        List<Long> differing = new java.util.ArrayList<>();
        for (BudgetEntity e : ao.find(BudgetEntity.class, Query.select("ID").order("ID DESC").limit(limit))) {
            if (!budgets.get(e.getID()).equals(readBudget((long) e.getID()))) {
                differing.add((long) e.getID());
            }
        }
        return differing;
    }

    @Override
    public List<Budget> budgetsOfProject(long projectId) {
        return budgetsOfProject.get(projectId);
    }

    private List<Budget> readBudgetsOfProject(long projectId) {
        return Arrays.stream(ao.find(BudgetEntity.class, Query.select()
                        .where(BudgetEntity.PROJECT_ID + " = ? AND " + BudgetEntity.DELETED + " = ?", projectId, false)
                        .order(BudgetEntity.NAME + ", ID")))
                .map(AoBudgetStore::toBudget).toList();
    }

    @Override
    public List<Budget> budgetsRequiringApproval() {
        return Arrays.stream(ao.find(BudgetEntity.class, Query.select()
                        .where(BudgetEntity.APPROVAL_REQUIRED + " = ? AND " + BudgetEntity.DELETED + " = ?", true, false)
                        .order("ID")))
                .map(AoBudgetStore::toBudget).toList();
    }

    @Override
    public List<Long> projectsWithApprovalBudgets() {
        return approvalBudgets.get(0L).projectIds();
    }

    @Override
    public boolean ownsApprovalBudget(String userKey) {
        return approvalBudgets.get(0L).ownerKeys().contains(userKey);
    }

    /** Projects and owners of the budgets under approval, read in one statement (cached: asked on every page). */
    private ApprovalBudgets readApprovalBudgets() {
        java.util.Set<Long> projects = new java.util.TreeSet<>();
        java.util.Set<String> owners = new java.util.HashSet<>();
        for (BudgetEntity b : ao.find(BudgetEntity.class, Query.select(BudgetEntity.PROJECT_ID + ", " + BudgetEntity.OWNER_KEY)
                .where(BudgetEntity.APPROVAL_REQUIRED + " = ? AND " + BudgetEntity.DELETED + " = ?", true, false))) {
            projects.add(b.getProjectId());
            if (b.getOwnerKey() != null) {
                owners.add(b.getOwnerKey());
            }
        }
        return new ApprovalBudgets(List.copyOf(projects), java.util.Set.copyOf(owners));
    }

    @Override
    public void markDeleted(long budgetId) {
        BudgetEntity e = ao.get(BudgetEntity.class, (int) budgetId);
        e.setDeleted(true);
        e.save();
        budgetChanged(budgetId, e.getProjectId());
    }

    private static Map<String, Object> budgetValues(Budget b) {
        Map<String, Object> v = new HashMap<>();
        v.put(BudgetEntity.PROJECT_ID, b.projectId());
        v.put(BudgetEntity.NAME, b.name());
        v.put(BudgetEntity.TYPE, b.type().name());
        v.put(BudgetEntity.CURRENCY, b.currency().getCurrencyCode());
        v.put(BudgetEntity.START_DATE, iso(b.startDate()));
        v.put(BudgetEntity.END_DATE, iso(b.endDate()));
        v.put(BudgetEntity.TOTAL_AMOUNT_MINOR, b.totalAmount() == null ? null : Money.toMinor(b.totalAmount(), b.currency()));
        v.put(BudgetEntity.TOTAL_SECONDS, b.totalSeconds());
        v.put(BudgetEntity.OWNER_KEY, b.ownerKey());
        v.put(BudgetEntity.STATUS, b.status().name());
        v.put(BudgetEntity.APPROVAL_REQUIRED, b.approvalRequired());
        v.put(BudgetEntity.CLIENT_ACCESS, b.clientAccess());
        v.put(BudgetEntity.SHOW_PERSON_NAMES, b.showPersonNames());
        v.put(BudgetEntity.SHOW_COMMENTS, b.showComments());
        v.put(BudgetEntity.SHOW_FORECAST, b.showForecast());
        v.put(BudgetEntity.ALERT_WARN_PERCENT, b.alertWarnPercent());
        v.put(BudgetEntity.ALERT_CRITICAL_PERCENT, b.alertCriticalPercent());
        return v;
    }

    static Budget toBudget(BudgetEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        return new Budget(e.getID(), e.getProjectId(), e.getName(), BudgetType.valueOf(e.getType()), currency,
                date(e.getStartDate()), date(e.getEndDate()),
                e.getTotalAmountMinor() == null ? null : Money.fromMinor(e.getTotalAmountMinor(), currency),
                e.getTotalSeconds(), e.getOwnerKey(), BudgetStatus.valueOf(e.getStatus()), e.isApprovalRequired(),
                e.isClientAccess(), e.isShowPersonNames(), e.isShowComments(),
                e.getAlertWarnPercent() == null ? Budget.DEFAULT_WARN_PERCENT : e.getAlertWarnPercent(),
                e.getAlertCriticalPercent() == null ? Budget.DEFAULT_CRITICAL_PERCENT : e.getAlertCriticalPercent(),
                e.getVersion() == null ? 0 : e.getVersion(), e.isShowForecast());
    }

    @Override
    public Map<Long, Budget> budgets(Collection<Long> ids) {
        List<Integer> valid = ids.stream().filter(id -> id != null && id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().sorted().toList();
        Map<Long, Budget> result = new HashMap<>();
        for (BudgetEntity b : AoFind.whereIn(ao, BudgetEntity.class, "ID", valid)) {
            if (!b.isDeleted()) {
                result.put((long) b.getID(), toBudget(b));
            }
        }
        return result;
    }

    @Override
    public void lockBudgetRow(long budgetId) {
        BudgetEntity e = budgetId <= 0 || budgetId > Integer.MAX_VALUE ? null : ao.get(BudgetEntity.class, (int) budgetId);
        if (e == null) {
            return;
        }
        AoSql q = AoSql.of(e);
        // an UPDATE that changes nothing a reader sees, for its row lock: portable where SELECT ... FOR UPDATE is not
        q.update("UPDATE " + q.table(BudgetEntity.class) + " SET " + q.col(BudgetEntity.VERSION) + " = COALESCE("
                + q.col(BudgetEntity.VERSION) + ", 0) WHERE " + q.col("ID") + " = ?", List.of((int) budgetId));
    }

    @Override
    public Currency currencyOf(long budgetId) {
        BudgetEntity budget = ao.get(BudgetEntity.class, (int) budgetId);
        return Currency.getInstance(budget.getCurrency());
    }

    // ----- helpers

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
