package io.github.clientbudgets.alert;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.FiguresChanged;

import java.util.ArrayList;
import java.util.List;

/**
 * A budget's alert settings for its team: read by whoever may see the budget, changed by whoever may manage it.
 * <p>
 * The thresholds are the one list of the budget's alert levels: the budget's own warning and critical levels (its
 * progress bar's colours, {@code alertWarnPercent}/{@code alertCriticalPercent} of the budget) are the list's lowest
 * and highest, written here in the same transaction, and a budget without saved settings takes its two levels as
 * its thresholds. A budget's full update cannot change them (it is refused on those fields).
 */
public class AlertService {
    private final BudgetService budgets;
    private final BudgetStore budgetStore;
    private final AlertStore store;
    private final AuditTrail audit;
    private final FiguresChanged evaluator;

    public AlertService(BudgetService budgets, BudgetStore budgetStore, AlertStore store, AuditTrail audit,
                        FiguresChanged evaluator) {
        this.budgets = budgets;
        this.budgetStore = budgetStore;
        this.store = store;
        this.audit = audit;
        this.evaluator = evaluator;
    }

    /** The settings that apply (saved, or the budget's defaults); 404 when the caller may not see the budget. */
    public AlertSettings settings(String caller, long budgetId) {
        return settingsOf(budgets.budget(caller, budgetId));
    }

    public AlertSettings settingsOf(Budget budget) {
        return store.settings(budget.id()).orElseGet(() -> AlertSettings.defaultsOf(budget));
    }

    public boolean canManage(String caller, Budget budget) {
        return budgets.canManage(caller, budget);
    }

    /**
     * Changes the settings (fields absent from the body keep their value), then looks at the budget's figures
     * against them at once: a threshold set below what is used already alerts now, not at the next change.
     */
    public AlertSettings update(String caller, long budgetId, Object thresholds, Object notifyClient) {
        Budget budget = budgets.managedBudget(caller, budgetId);
        AlertSettings next = AlertRules.validate(thresholds, notifyClient, settingsOf(budget));
        AlertSettings saved = budgetStore.inTransaction(() -> {
            budgetStore.lockBudgetRow(budgetId); // two PMs saving at once: one after the other
            Budget locked = budgetStore.budget(budgetId).orElseThrow(io.github.clientbudgets.common.NotFoundException::new);
            AlertSettings before = settingsOf(locked);
            store.saveSettings(budgetId, next);
            budgetStore.setAlertLevels(budgetId, next.warnPercent(), next.criticalPercent());
            List<FieldChange> changes = new ArrayList<>();
            if (!before.thresholds().equals(next.thresholds())) {
                changes.add(new FieldChange("alertThresholds", before.stored(), next.stored()));
            }
            if (before.notifyClient() != next.notifyClient()) {
                changes.add(new FieldChange("alertNotifyClient", String.valueOf(before.notifyClient()),
                        String.valueOf(next.notifyClient())));
            }
            if (!changes.isEmpty()) {
                audit.record(caller, budgetId, AuditSubject.BUDGET, budgetId, AuditAction.UPDATED, changes);
            }
            return next;
        });
        evaluator.changed(List.of(budgetId));
        return saved;
    }
}
