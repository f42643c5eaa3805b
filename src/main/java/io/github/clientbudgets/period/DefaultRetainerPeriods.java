package io.github.clientbudgets.period;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Message;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link RetainerPeriods}, {@link RetainerBudgets} and {@link LockedPeriodFigures} over the stored terms, the SQL of
 * {@link RetainerQueries} and the frozen figures of locked periods. Reads check no rights: the REST resources and
 * pages ask the budget or portal service who may see the budget first.
 */
public class DefaultRetainerPeriods implements RetainerPeriods, RetainerBudgets, LockedPeriodFigures {
    static final String FIELD = "retainer";

    private final BudgetStore budgets;
    private final BudgetService budgetService;
    private final RetainerTermsStore store;
    private final RetainerQueries queries;
    private final LockedPeriods locks;

    public DefaultRetainerPeriods(BudgetStore budgets, BudgetService budgetService, RetainerTermsStore store,
                                  RetainerQueries queries, LockedPeriods locks) {
        this.budgets = budgets;
        this.budgetService = budgetService;
        this.store = store;
        this.queries = queries;
        this.locks = locks;
    }

    // ----- reads

    @Override
    public Optional<RetainerTerms> terms(long budgetId) {
        return budgets.budget(budgetId).flatMap(this::terms);
    }

    private Optional<RetainerTerms> terms(Budget budget) {
        if (budget.type() != BudgetType.RETAINER) {
            return Optional.empty();
        }
        return store.plan(budget.id(), budget.currency()).map(p -> p.over(budget.startDate(), budget.endDate()));
    }

    @Override
    public List<PeriodFigures> periods(long budgetId, LocalDate today) {
        Budget budget = budgets.budget(budgetId).orElseThrow(NotFoundException::new);
        if (budget.type() != BudgetType.RETAINER) {
            return List.of();
        }
        // the terms and the frozen periods in one read, the used time in one GROUP BY
        Optional<RetainerTermsStore.Stored> stored = store.read(budgetId, budget.currency());
        if (stored.isEmpty()) {
            return List.of();
        }
        RetainerTerms terms = stored.get().plan().over(budget.startDate(), budget.endDate());
        return figures(budget, terms, PeriodKey.containing(terms.period(), today), ofKind(stored.get().frozen(),
                terms.period()));
    }

    /** The ledger from the first period through {@code through}, from the SQL's months and the frozen periods. */
    private List<PeriodFigures> figures(Budget budget, RetainerTerms terms, PeriodKey through,
                                        Map<PeriodKey, PeriodFigures> frozen) {
        if (through.isBefore(terms.firstPeriod())) {
            return List.of();
        }
        Map<PeriodKey, Long> used = PeriodLedger.byPeriod(terms.period(),
                queries.usedSecondsByMonth(budget.id(), budget.approvalRequired()));
        return new PeriodLedger(terms).periods(through, used, frozen);
    }

    private Map<PeriodKey, PeriodFigures> frozen(Budget budget, PeriodKind kind) {
        return ofKind(store.frozen(budget.id(), budget.currency()), kind);
    }

    /** Frozen figures of the terms' kind only (the ledger computes periods of one kind). */
    private static Map<PeriodKey, PeriodFigures> ofKind(Map<PeriodKey, PeriodFigures> frozen, PeriodKind kind) {
        Map<PeriodKey, PeriodFigures> result = new TreeMap<>();
        frozen.forEach((key, figures) -> {
            if (key.kind() == kind) {
                result.put(key, figures);
            }
        });
        return result;
    }

    // ----- locks

    @Override
    public void monthLocked(long budgetId, YearMonth month) {
        budgets.budget(budgetId).ifPresent(budget -> terms(budget).ifPresent(t -> freezeLocked(budget, t)));
    }

    @Override
    public void monthUnlocked(long budgetId, YearMonth month) {
        budgets.budget(budgetId).ifPresent(budget -> terms(budget)
                .ifPresent(t -> store.unfreeze(budgetId, PeriodKey.of(t.period(), month))));
    }

    /**
     * Freezes every locked period that has no frozen figures yet, as the terms show it now: a month when it is
     * locked, a quarter when its three months are. Earlier frozen periods stay as they are.
     */
    private void freezeLocked(Budget budget, RetainerTerms terms) {
        Set<YearMonth> locked = new HashSet<>(locks.lockedMonths(budget.id()));
        Set<PeriodKey> lockedPeriods = new HashSet<>();
        for (YearMonth month : locked) {
            PeriodKey key = PeriodKey.of(terms.period(), month);
            boolean whole = true;
            for (YearMonth m = key.firstMonth(); !m.isAfter(key.lastMonth()); m = m.plusMonths(1)) {
                whole &= locked.contains(m);
            }
            if (whole) {
                lockedPeriods.add(key);
            }
        }
        Map<PeriodKey, PeriodFigures> frozen = frozen(budget, terms.period());
        lockedPeriods.removeAll(frozen.keySet());
        if (lockedPeriods.isEmpty()) {
            return;
        }
        PeriodKey through = lockedPeriods.stream().max(PeriodKey::compareTo).orElseThrow();
        for (PeriodFigures figures : figures(budget, terms, through, frozen)) {
            if (lockedPeriods.contains(figures.period())) {
                store.freeze(budget.id(), figures.asLocked(), budget.currency());
            }
        }
    }

    // ----- writes

    @Override
    public Budget create(String caller, BudgetInput input, RetainerTermsInput retainer) {
        refuseOnOtherTypes(input, retainer);
        return budgets.inTransaction(() -> {
            Budget created = budgetService.create(caller, input);
            apply(created, retainer, Optional.empty());
            return created;
        });
    }

    @Override
    public Budget update(String caller, long budgetId, BudgetInput input, RetainerTermsInput retainer) {
        budgetService.managedBudget(caller, budgetId);
        refuseOnOtherTypes(input, retainer);
        return budgets.inTransaction(() -> {
            budgets.lockBudgetRow(budgetId);
            Budget before = budgets.budget(budgetId).orElseThrow(NotFoundException::new);
            Optional<RetainerTerms> old = terms(before);
            // what the locked periods showed until now stays, whatever the new terms and dates are
            old.ifPresent(t -> freezeLocked(before, t));
            Budget updated = budgetService.update(caller, budgetId, input);
            apply(updated, retainer, old.map(RetainerPlan::of));
            return updated;
        });
    }

    private static void refuseOnOtherTypes(BudgetInput input, RetainerTermsInput retainer) {
        if (retainer != null && !BudgetType.RETAINER.name().equals(input.type)) {
            throw ValidationException.of(FIELD, "client-budgets.error.retainer.type");
        }
    }

    private void apply(Budget budget, RetainerTermsInput in, Optional<RetainerPlan> before) {
        if (budget.type() != BudgetType.RETAINER) {
            if (before.isPresent() || store.plan(budget.id(), budget.currency()).isPresent()) {
                store.remove(budget.id());
            }
            return;
        }
        Optional<RetainerPlan> stored = before.isPresent() ? before : store.plan(budget.id(), budget.currency());
        if (in == null) {
            if (stored.isEmpty()) {
                defaultPlan(budget).ifPresent(plan -> store.put(budget.id(), plan, budget.currency()));
            }
            return;
        }
        RetainerTerms terms = parse(budget, in);
        if (stored.isPresent() && stored.get().period() != terms.period()
                && !store.frozen(budget.id(), budget.currency()).isEmpty()) {
            throw ValidationException.of(FIELD + ".period", "client-budgets.error.retainer.kindLocked");
        }
        store.put(budget.id(), RetainerPlan.of(terms), budget.currency());
    }

    /** The terms as sent, over the budget's (valid) dates and currency; errors named {@code retainer.<field>}. */
    private static RetainerTerms parse(Budget budget, RetainerTermsInput in) {
        RetainerTermsInput dated = new RetainerTermsInput(in.period(), in.allowanceHours(), in.allowanceAmount(),
                in.rollover(), in.rolloverCapHours(), Fields.iso(budget.startDate()), Fields.iso(budget.endDate()));
        try {
            return RetainerTerms.from(dated, budget.currency());
        } catch (ValidationException e) {
            Map<String, Message> prefixed = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> prefixed.put(FIELD + "." + field, message));
            throw new ValidationException(prefixed);
        }
    }

    /**
     * A retainer without terms of its own is what it was before terms existed: its total hours and amount are per
     * calendar month, nothing rolls over. Without total hours it has no terms (and no periods).
     */
    public static Optional<RetainerPlan> defaultPlan(Budget budget) {
        Long seconds = budget.totalSeconds();
        if (budget.type() != BudgetType.RETAINER || seconds == null || seconds <= 0
                || seconds % RetainerTerms.HUNDREDTH_HOUR != 0) {
            return Optional.empty();
        }
        return Optional.of(new RetainerPlan(PeriodKind.MONTHLY, seconds, budget.totalAmount(), Rollover.none()));
    }
}
