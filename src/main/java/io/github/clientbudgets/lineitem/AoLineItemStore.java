package io.github.clientbudgets.lineitem;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetCaches;
import io.github.clientbudgets.common.AoFind;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoVersions;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.service.ServiceEntity;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LineItemStore} on Active Objects: the only class that writes the service table. Line items are cached in
 * the budget store's {@link BudgetCaches}, so that one transaction is tracked across budgets and line items; their
 * amounts are in their budget's currency, which the budget store gives.
 */
public class AoLineItemStore implements LineItemStore {
    private final ActiveObjects ao;
    private final AoBudgetStore budgets;
    private final BudgetCaches.Cached<Optional<LineItem>> lineItems;
    private final BudgetCaches.Cached<List<LineItem>> lineItemsOfBudget;

    public AoLineItemStore(ActiveObjects ao, AoBudgetStore budgets) {
        this.ao = ao;
        this.budgets = budgets;
        this.lineItems = budgets.caches().cache("service", this::readLineItem, 50_000);
        this.lineItemsOfBudget = budgets.caches().cache("servicesOfBudget", this::readLineItems, 10_000);
    }

    /** A line-item row was written. */
    private void lineItemChanged(long lineItemId, long budgetId) {
        lineItems.remove(lineItemId);
        lineItemsOfBudget.remove(budgetId);
    }

    @Override
    public List<LineItem> lineItems(long budgetId) {
        return lineItemsOfBudget.get(budgetId);
    }

    private List<LineItem> readLineItems(long budgetId) {
        Currency currency = budgets.currencyOf(budgetId);
        return Arrays.stream(ao.find(ServiceEntity.class, Query.select()
                        .where(ServiceEntity.BUDGET_ID + " = ?", budgetId).order(ServiceEntity.NAME + ", ID")))
                .map(e -> toLineItem(e, currency)).toList();
    }

    @Override
    public Optional<LineItem> lineItem(long lineItemId) {
        return lineItemId <= 0 || lineItemId > Integer.MAX_VALUE ? Optional.empty() : lineItems.get(lineItemId);
    }

    private Optional<LineItem> readLineItem(long lineItemId) {
        ServiceEntity e = ao.get(ServiceEntity.class, (int) lineItemId);
        return e == null ? Optional.empty() : Optional.of(toLineItem(e, budgets.currencyOf(e.getBudgetId())));
    }

    @Override
    public Map<Long, Optional<Budget>> budgetsOfLineItems(Collection<Long> lineItemIds) {
        // two statements per 500 line items instead of three look-ups per line item (it, its currency, its budget)
        List<Integer> ids = lineItemIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().sorted().toList();
        Map<Long, Long> budgetOfLineItem = new HashMap<>();
        for (ServiceEntity s : AoFind.whereIn(ao, ServiceEntity.class, "ID", ids)) {
            budgetOfLineItem.put((long) s.getID(), s.getBudgetId());
        }
        Map<Long, Budget> found = budgets.budgets(budgetOfLineItem.values());
        Map<Long, Optional<Budget>> result = new HashMap<>();
        for (long id : lineItemIds) {
            Long budgetId = budgetOfLineItem.get(id);
            result.put(id, Optional.ofNullable(budgetId == null ? null : found.get(budgetId)));
        }
        return result;
    }

    @Override
    public List<LineItem> lockLineItemsOfBudget(long budgetId) {
        budgets.lockBudgetRow(budgetId);
        return budgetId <= 0 || budgetId > Integer.MAX_VALUE ? List.of() : readLineItems(budgetId);
    }

    @Override
    public boolean claimLineItemVersion(long lineItemId, int expectedVersion) {
        ServiceEntity e = lineItemId <= 0 || lineItemId > Integer.MAX_VALUE ? null : ao.get(ServiceEntity.class, (int) lineItemId);
        if (e == null) {
            return false;
        }
        // no cache eviction here: a claim is always followed by updateLineItem in its transaction, which evicts
        return AoVersions.claim(AoSql.of(e), ServiceEntity.class, ServiceEntity.VERSION, (int) lineItemId, expectedVersion);
    }

    @Override
    public void setLineItemDefault(long lineItemId, boolean isDefault) {
        ServiceEntity e = ao.get(ServiceEntity.class, (int) lineItemId);
        AoSql q = AoSql.of(e);
        q.update("UPDATE " + q.table(ServiceEntity.class) + " SET " + q.col(ServiceEntity.DEFAULT_SERVICE) + " = ?, "
                + q.col(ServiceEntity.VERSION) + " = COALESCE(" + q.col(ServiceEntity.VERSION) + ", 0) + 1 WHERE "
                + q.col("ID") + " = ?", List.of(isDefault, (int) lineItemId));
        lineItemChanged(lineItemId, e.getBudgetId());
    }

    @Override
    public LineItem insertLineItem(LineItem s) {
        Currency currency = budgets.currencyOf(s.budgetId());
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
        lineItemChanged(inserted.id(), inserted.budgetId());
        return inserted;
    }

    @Override
    public void updateLineItem(LineItem s) {
        Currency currency = budgets.currencyOf(s.budgetId());
        ServiceEntity e = ao.get(ServiceEntity.class, (int) s.id());
        e.setName(s.name());
        e.setBilling(s.billing().name());
        e.setBudgetedSeconds(s.budgetedSeconds());
        e.setRateMinor(minor(s.rate(), currency));
        e.setCostRateMinor(minor(s.costRate(), currency));
        e.setDefaultService(s.isDefault());
        e.save();
        lineItemChanged(s.id(), e.getBudgetId());
    }

    @Override
    public void deleteLineItem(long lineItemId) {
        ServiceEntity e = ao.get(ServiceEntity.class, (int) lineItemId);
        ao.deleteWithSQL(ServiceEntity.class, "ID = ?", (int) lineItemId);
        if (e != null) {
            lineItemChanged(lineItemId, e.getBudgetId());
        }
    }

    private static LineItem toLineItem(ServiceEntity e, Currency currency) {
        return new LineItem(e.getID(), e.getBudgetId(), e.getName(), Billing.valueOf(e.getBilling()),
                e.getBudgetedSeconds(), major(e.getRateMinor(), currency), major(e.getCostRateMinor(), currency),
                e.isDefaultService(), e.getVersion() == null ? 0 : e.getVersion());
    }

    private static Long minor(BigDecimal amount, Currency currency) {
        return amount == null ? null : Money.toMinor(amount, currency);
    }

    private static BigDecimal major(Long minor, Currency currency) {
        return minor == null ? null : Money.fromMinor(minor, currency);
    }
}
