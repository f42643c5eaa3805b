package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.github.clientbudgets.attribution.IssueServiceEntity;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.common.AoFind;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.expense.ExpenseRules;
import io.github.clientbudgets.lineitem.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.service.ServiceEntity;
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

/** {@link BudgetStore} on Active Objects: the only class that maps budget, service and expense rows. */
public class AoBudgetStore implements BudgetStore {
    private final ActiveObjects ao;
    private final BudgetCaches caches;

    /** Without caches: every read goes to the database (tests of the store itself). */
    public AoBudgetStore(ActiveObjects ao) {
        this(ao, null);
    }

    public AoBudgetStore(ActiveObjects ao, CacheManager cacheManager) {
        this.ao = ao;
        this.caches = new BudgetCaches(cacheManager, this::readBudget, this::readService, this::readServices,
                this::readBudgetsOfProject, this::readApprovalBudgets);
    }

    /**
     * Spring init-method and destroy-method: the plugin's caches start and end empty (see
     * {@link BudgetCaches#clear()}); Jira runs them when it enables and disables the plugin.
     */
    public void clearCaches() {
        caches.clear();
    }

    /**
     * Runs the work in one transaction, and runs it again (up to {@value #ATTEMPTS} times) when the database refused
     * it because another node changed the same rows at the same moment (a serialization failure or a deadlock,
     * SQLSTATE class 40). The work only touches the database, so a repeat is safe; it sees the other node's result.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return caches.inTransaction(() -> inTransactionRetrying(work));
    }

    private <T> T inTransactionRetrying(Supplier<T> work) {
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

    private static final int ATTEMPTS = 5;

    static boolean isConcurrentUpdateConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", interrupted);
        }
    }

    // ----- budgets

    @Override
    public Budget insertBudget(Budget budget) {
        Map<String, Object> values = budgetValues(budget);
        values.put(BudgetEntity.DELETED, false);
        Budget inserted = budget.withId(ao.create(BudgetEntity.class, values).getID());
        caches.budgetChanged(inserted.id(), inserted.projectId());
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
        e.setAlertWarnPercent(budget.alertWarnPercent());
        e.setAlertCriticalPercent(budget.alertCriticalPercent());
        e.save();
        caches.budgetChanged(budget.id(), e.getProjectId());
        caches.servicesOfBudgetChanged(budget.id(), Arrays.stream(ao.find(ServiceEntity.class, Query.select("ID")
                .where(ServiceEntity.BUDGET_ID + " = ?", budget.id()))).map(s -> (long) s.getID()).toList());
    }

    @Override
    public boolean claimBudgetVersion(long budgetId, int expectedVersion) {
        BudgetEntity e = budgetId <= 0 || budgetId > Integer.MAX_VALUE ? null : ao.get(BudgetEntity.class, (int) budgetId);
        if (e == null) {
            return false;
        }
        boolean claimed = claimVersion(AoSql.of(e), BudgetEntity.class, BudgetEntity.VERSION, (int) budgetId, expectedVersion);
        if (claimed) {
            caches.budgetChanged(budgetId, e.getProjectId());
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
            caches.budgetChanged(budgetId, e.getProjectId());
        }
        return changed;
    }

    @Override
    public Optional<Budget> budget(long id) {
        return id <= 0 || id > Integer.MAX_VALUE ? Optional.empty() : caches.budget(id);
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
            if (!caches.budget(e.getID()).equals(readBudget((long) e.getID()))) {
                differing.add((long) e.getID());
            }
        }
        return differing;
    }

    @Override
    public List<Budget> budgetsOfProject(long projectId) {
        return caches.budgetsOfProject(projectId);
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
        return caches.approvalBudgets().projectIds();
    }

    @Override
    public boolean ownsApprovalBudget(String userKey) {
        return caches.approvalBudgets().ownerKeys().contains(userKey);
    }

    /** Projects and owners of the budgets under approval, read in one statement (cached: asked on every page). */
    private BudgetCaches.ApprovalBudgets readApprovalBudgets() {
        java.util.Set<Long> projects = new java.util.TreeSet<>();
        java.util.Set<String> owners = new java.util.HashSet<>();
        for (BudgetEntity b : ao.find(BudgetEntity.class, Query.select(BudgetEntity.PROJECT_ID + ", " + BudgetEntity.OWNER_KEY)
                .where(BudgetEntity.APPROVAL_REQUIRED + " = ? AND " + BudgetEntity.DELETED + " = ?", true, false))) {
            projects.add(b.getProjectId());
            if (b.getOwnerKey() != null) {
                owners.add(b.getOwnerKey());
            }
        }
        return new BudgetCaches.ApprovalBudgets(List.copyOf(projects), java.util.Set.copyOf(owners));
    }

    @Override
    public void markDeleted(long budgetId) {
        BudgetEntity e = ao.get(BudgetEntity.class, (int) budgetId);
        e.setDeleted(true);
        e.save();
        caches.budgetChanged(budgetId, e.getProjectId());
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
                e.getVersion() == null ? 0 : e.getVersion());
    }

    // ----- services

    @Override
    public List<LineItem> services(long budgetId) {
        return caches.servicesOfBudget(budgetId);
    }

    @Override
    public List<LineItem> services(Budget budget) {
        return caches.servicesOfBudget(budget.id());
    }

    private List<LineItem> readServices(long budgetId) {
        Currency currency = currencyOf(budgetId);
        return Arrays.stream(ao.find(ServiceEntity.class, Query.select()
                        .where(ServiceEntity.BUDGET_ID + " = ?", budgetId).order(ServiceEntity.NAME + ", ID")))
                .map(e -> toService(e, currency)).toList();
    }

    @Override
    public Optional<LineItem> service(long serviceId) {
        return serviceId <= 0 || serviceId > Integer.MAX_VALUE ? Optional.empty() : caches.service(serviceId);
    }

    @Override
    public Map<Long, Optional<Budget>> budgetsOfServices(Collection<Long> serviceIds) {
        // two statements per 500 services instead of three look-ups per service (service, its currency, budget)
        List<Integer> ids = serviceIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().sorted().toList();
        Map<Long, Long> budgetOfService = new HashMap<>();
        for (ServiceEntity s : AoFind.whereIn(ao, ServiceEntity.class, "ID", ids)) {
            budgetOfService.put((long) s.getID(), s.getBudgetId());
        }
        List<Integer> budgetIds = budgetOfService.values().stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().sorted().toList();
        Map<Long, Budget> budgets = new HashMap<>();
        for (BudgetEntity b : AoFind.whereIn(ao, BudgetEntity.class, "ID", budgetIds)) {
            if (!b.isDeleted()) {
                budgets.put((long) b.getID(), toBudget(b));
            }
        }
        Map<Long, Optional<Budget>> result = new HashMap<>();
        for (long id : serviceIds) {
            Long budgetId = budgetOfService.get(id);
            result.put(id, Optional.ofNullable(budgetId == null ? null : budgets.get(budgetId)));
        }
        return result;
    }

    private Optional<LineItem> readService(long serviceId) {
        ServiceEntity e = ao.get(ServiceEntity.class, (int) serviceId);
        return e == null ? Optional.empty() : Optional.of(toService(e, currencyOf(e.getBudgetId())));
    }

    @Override
    public List<LineItem> lockServicesOfBudget(long budgetId) {
        lockBudgetRow(budgetId);
        return budgetId <= 0 || budgetId > Integer.MAX_VALUE ? List.of() : readServices(budgetId);
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
    public boolean claimServiceVersion(long serviceId, int expectedVersion) {
        ServiceEntity e = serviceId <= 0 || serviceId > Integer.MAX_VALUE ? null : ao.get(ServiceEntity.class, (int) serviceId);
        if (e == null) {
            return false;
        }
        // no cache eviction here: a claim is always followed by updateService in its transaction, which evicts
        return claimVersion(AoSql.of(e), ServiceEntity.class, ServiceEntity.VERSION, (int) serviceId, expectedVersion);
    }

    @Override
    public void setServiceDefault(long serviceId, boolean isDefault) {
        ServiceEntity e = ao.get(ServiceEntity.class, (int) serviceId);
        AoSql q = AoSql.of(e);
        q.update("UPDATE " + q.table(ServiceEntity.class) + " SET " + q.col(ServiceEntity.DEFAULT_SERVICE) + " = ?, "
                + q.col(ServiceEntity.VERSION) + " = COALESCE(" + q.col(ServiceEntity.VERSION) + ", 0) + 1 WHERE "
                + q.col("ID") + " = ?", List.of(isDefault, (int) serviceId));
        caches.serviceChanged(serviceId, e.getBudgetId());
    }

    /**
     * One conditional UPDATE of a version column: it also locks the row until the transaction ends, so a second
     * writer with the same version waits, then finds the version moved and gets false.
     */
    private static boolean claimVersion(AoSql q, Class<? extends net.java.ao.RawEntity<?>> table, String column,
                                        int id, int expectedVersion) {
        String version = "COALESCE(" + q.col(column) + ", 0)";
        return q.update("UPDATE " + q.table(table) + " SET " + q.col(column) + " = " + version + " + 1 WHERE "
                + q.col("ID") + " = ? AND " + version + " = ?", List.of(id, expectedVersion)) == 1;
    }

    @Override
    public LineItem insertService(LineItem s) {
        Currency currency = currencyOf(s.budgetId());
        Map<String, Object> v = new HashMap<>();
        v.put(ServiceEntity.BUDGET_ID, s.budgetId());
        v.put(ServiceEntity.NAME, s.name());
        v.put(ServiceEntity.BILLING, s.billing().name());
        v.put(ServiceEntity.BUDGETED_SECONDS, s.budgetedSeconds());
        v.put(ServiceEntity.RATE_MINOR, minor(s.rate(), currency));
        v.put(ServiceEntity.COST_RATE_MINOR, minor(s.costRate(), currency));
        v.put(ServiceEntity.DEFAULT_SERVICE, s.isDefault());
        v.put(ServiceEntity.VERSION, 0);
        LineItem inserted = s.withId(ao.create(ServiceEntity.class, v).getID());
        caches.serviceChanged(inserted.id(), inserted.budgetId());
        return inserted;
    }

    @Override
    public void updateService(LineItem s) {
        Currency currency = currencyOf(s.budgetId());
        ServiceEntity e = ao.get(ServiceEntity.class, (int) s.id());
        e.setName(s.name());
        e.setBilling(s.billing().name());
        e.setBudgetedSeconds(s.budgetedSeconds());
        e.setRateMinor(minor(s.rate(), currency));
        e.setCostRateMinor(minor(s.costRate(), currency));
        e.setDefaultService(s.isDefault());
        e.save();
        caches.serviceChanged(s.id(), e.getBudgetId());
    }

    @Override
    public void deleteService(long serviceId) {
        ServiceEntity e = ao.get(ServiceEntity.class, (int) serviceId);
        ao.deleteWithSQL(ServiceEntity.class, "ID = ?", (int) serviceId);
        if (e != null) {
            caches.serviceChanged(serviceId, e.getBudgetId());
        }
    }

    private static LineItem toService(ServiceEntity e, Currency currency) {
        return new LineItem(e.getID(), e.getBudgetId(), e.getName(), Billing.valueOf(e.getBilling()),
                e.getBudgetedSeconds(), major(e.getRateMinor(), currency), major(e.getCostRateMinor(), currency),
                e.isDefaultService(), e.getVersion() == null ? 0 : e.getVersion());
    }

    // ----- expenses

    @Override
    public List<Expense> expenses(long budgetId) {
        Currency currency = currencyOf(budgetId);
        return Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                        .where(ExpenseEntity.BUDGET_ID + " = ?", budgetId)
                        .order(ExpenseEntity.EXPENSE_DATE + " DESC, ID DESC")))
                .map(e -> toExpense(e, currency)).toList();
    }

    @Override
    public Optional<Expense> expense(long expenseId) {
        if (expenseId <= 0 || expenseId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        ExpenseEntity e = ao.get(ExpenseEntity.class, (int) expenseId);
        return e == null ? Optional.empty() : Optional.of(toExpense(e, currencyOf(e.getBudgetId())));
    }

    @Override
    public Expense insertExpense(Expense x) {
        Currency currency = currencyOf(x.budgetId());
        Map<String, Object> v = new HashMap<>();
        v.put(ExpenseEntity.BUDGET_ID, x.budgetId());
        v.put(ExpenseEntity.SERVICE_ID, x.serviceId());
        v.put(ExpenseEntity.EXPENSE_DATE, iso(x.date()));
        v.put(ExpenseEntity.DESCRIPTION, x.description());
        v.put(ExpenseEntity.AMOUNT_MINOR, Money.toMinor(x.amount(), currency));
        v.put(ExpenseEntity.BILLABLE, x.billable());
        v.put(ExpenseEntity.MARKUP_BASIS_POINTS, ExpenseRules.toBasisPoints(x.markupPercent()));
        v.put(ExpenseEntity.STATUS, x.status().name());
        v.put(ExpenseEntity.AUTHOR_KEY, x.authorKey());
        v.put(ExpenseEntity.VERSION, 0);
        return x.withId(ao.create(ExpenseEntity.class, v).getID());
    }

    @Override
    public void updateExpense(Expense x) {
        Currency currency = currencyOf(x.budgetId());
        ExpenseEntity e = ao.get(ExpenseEntity.class, (int) x.id());
        e.setServiceId(x.serviceId());
        e.setExpenseDate(iso(x.date()));
        e.setDescription(x.description());
        e.setAmountMinor(Money.toMinor(x.amount(), currency));
        e.setBillable(x.billable());
        e.setMarkupBasisPoints(ExpenseRules.toBasisPoints(x.markupPercent()));
        e.setStatus(x.status().name());
        e.setAuthorKey(x.authorKey());
        e.setRejectionReason(x.rejectionReason());
        e.save();
    }

    @Override
    public boolean claimExpenseVersion(long expenseId, int expectedVersion) {
        ExpenseEntity e = expenseId <= 0 || expenseId > Integer.MAX_VALUE ? null : ao.get(ExpenseEntity.class, (int) expenseId);
        return e != null && claimVersion(AoSql.of(e), ExpenseEntity.class, ExpenseEntity.VERSION, (int) expenseId,
                expectedVersion);
    }

    @Override
    public void deleteExpense(long expenseId) {
        ao.deleteWithSQL(ExpenseEntity.class, "ID = ?", (int) expenseId);
    }

    @Override
    public void detachExpensesFromService(long serviceId) {
        for (ExpenseEntity e : ao.find(ExpenseEntity.class, Query.select()
                .where(ExpenseEntity.SERVICE_ID + " = ?", serviceId))) {
            e.setServiceId(null);
            e.save();
        }
    }

    private static Expense toExpense(ExpenseEntity e, Currency currency) {
        return new Expense(e.getID(), e.getBudgetId(), e.getServiceId(), date(e.getExpenseDate()), e.getDescription(),
                Money.fromMinor(e.getAmountMinor(), currency), e.isBillable(),
                ExpenseRules.fromBasisPoints(e.getMarkupBasisPoints()), ApprovalStatus.valueOf(e.getStatus()),
                e.getAuthorKey(), e.getRejectionReason(), e.getVersion() == null ? 0 : e.getVersion());
    }

    @Override
    public List<Expense> expensesWithStatus(List<Long> budgetIds, ApprovalStatus status, int limit) {
        if (budgetIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(budgetIds.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(budgetIds);
        params.add(status.name());
        Map<Long, Currency> currencies = new HashMap<>();
        return Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                        .where(ExpenseEntity.BUDGET_ID + " IN (" + in + ") AND " + ExpenseEntity.STATUS + " = ?",
                                params.toArray())
                        .order(ExpenseEntity.EXPENSE_DATE + " ASC, ID ASC").limit(limit)))
                .map(e -> toExpense(e, currencies.computeIfAbsent(e.getBudgetId(), this::currencyOf))).toList();
    }

    @Override
    public boolean transitionExpense(long expenseId, ApprovalStatus expected, ApprovalStatus next, String rejectionReason) {
        ExpenseEntity any = expenseId <= 0 || expenseId > Integer.MAX_VALUE ? null : ao.get(ExpenseEntity.class, (int) expenseId);
        if (any == null) {
            return false;
        }
        // a compare-and-set: of two nodes deciding the same expense, one wins and the other re-reads
        AoSql q = AoSql.of(any);
        return q.update("UPDATE " + q.table(ExpenseEntity.class) + " SET " + q.col(ExpenseEntity.STATUS) + " = ?, "
                + q.col(ExpenseEntity.REJECTION_REASON) + " = ?, " + q.col(ExpenseEntity.VERSION) + " = COALESCE("
                + q.col(ExpenseEntity.VERSION) + ", 0) + 1 WHERE " + q.col("ID") + " = ? AND "
                + q.col(ExpenseEntity.STATUS) + " = ?", java.util.Arrays.asList(next.name(), rejectionReason,
                (int) expenseId, expected.name())) == 1;
    }

    // ----- issue assignments

    @Override
    public Optional<Long> assignedService(long issueId) {
        IssueServiceEntity[] rows = ao.find(IssueServiceEntity.class, Query.select()
                .where(IssueServiceEntity.ISSUE_ID + " = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getServiceId());
    }

    @Override
    public Map<Long, Long> assignedServices(Collection<Long> issueIds) {
        Map<Long, Long> result = new HashMap<>();
        for (IssueServiceEntity row : AoFind.whereIn(ao, IssueServiceEntity.class, IssueServiceEntity.ISSUE_ID, issueIds)) {
            result.put(row.getIssueId(), row.getServiceId());
        }
        return result;
    }

    @Override
    public void assignIssue(long issueId, long projectId, Long serviceId) {
        IssueServiceEntity[] rows = ao.find(IssueServiceEntity.class, Query.select()
                .where(IssueServiceEntity.ISSUE_ID + " = ?", issueId));
        if (serviceId == null) {
            ao.delete(rows);
        } else if (rows.length > 0) {
            rows[0].setServiceId(serviceId);
            rows[0].setProjectId(projectId);
            rows[0].save();
        } else {
            Map<String, Object> v = new HashMap<>();
            v.put(IssueServiceEntity.ISSUE_ID, issueId);
            v.put(IssueServiceEntity.PROJECT_ID, projectId);
            v.put(IssueServiceEntity.SERVICE_ID, serviceId);
            ao.create(IssueServiceEntity.class, v);
        }
    }

    @Override
    public void removeAssignmentsOfService(long serviceId) {
        ao.deleteWithSQL(IssueServiceEntity.class, IssueServiceEntity.SERVICE_ID + " = ?", serviceId);
    }

    // ----- helpers

    private Currency currencyOf(long budgetId) {
        BudgetEntity budget = ao.get(BudgetEntity.class, (int) budgetId);
        return Currency.getInstance(budget.getCurrency());
    }

    private static Long minor(java.math.BigDecimal amount, Currency currency) {
        return amount == null ? null : Money.toMinor(amount, currency);
    }

    private static java.math.BigDecimal major(Long minor, Currency currency) {
        return minor == null ? null : Money.fromMinor(minor, currency);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
