package io.github.clientbudgets.common;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.budget.BudgetFlag;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.lineitem.AoLineItemStore;
import io.github.clientbudgets.expense.AoExpenseStore;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.testing.TestDatabase;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import io.github.clientbudgets.timeentry.TimeEntryStore.Transition;
import io.github.clientbudgets.timeentry.WorklogState;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every raw-SQL statement the app runs inside {@code executeInTransaction} ({@link AoSql}'s update, batch and the
 * first-row-through-AO path of the batched inserts) rolls back with the transaction, on H2 and PostgreSQL: it ran on
 * the transaction's connection. Each case checks that the statement did change something inside, then that nothing
 * of it is left, read on a plain JDBC connection of its own (only committed rows).
 */
class RawSqlRollsBackWithTheTransactionTest {

    @AoTest
    void claimingABudgetVersion(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        rolledBack(ao, () -> assertTrue(w.budgets.claimBudgetVersion(w.budget.id(), 0)));
        assertEquals(0L, w.budgetColumn(db, BudgetEntity.VERSION));
    }

    @AoTest
    void toggleOfOneBudgetColumn(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        rolledBack(ao, () -> assertTrue(w.budgets.setBudgetFlag(w.budget.id(), BudgetFlag.CLIENT_ACCESS, true)));
        assertEquals(false, w.budgetColumnValue(db, BudgetEntity.CLIENT_ACCESS));
        assertEquals(0L, w.budgetColumn(db, BudgetEntity.VERSION));
    }

    @AoTest
    void claimingALineItemVersionAndSwitchingTheDefault(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        rolledBack(ao, () -> {
            assertTrue(w.lineItems.claimLineItemVersion(w.service.id(), 0));
            w.lineItems.setLineItemDefault(w.service.id(), false);
        });
        assertEquals(0L, ((Number) w.value(db, ServiceEntity.class, "COALESCE(" + w.sql.col(ServiceEntity.VERSION)
                + ", 0)", w.service.id())).longValue());
        assertEquals(true, w.value(db, ServiceEntity.class, w.sql.col(ServiceEntity.DEFAULT_SERVICE), w.service.id()));
    }

    @AoTest
    void claimingAnExpenseVersion(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        Expense expense = w.fixtures.expense(w.budget, "2026-10-01", "120.00", true, "0", ApprovalStatus.PENDING);
        rolledBack(ao, () -> assertTrue(w.expenses.claimExpenseVersion(expense.id(), 0)));
        assertEquals(0L, ((Number) w.value(db, ExpenseEntity.class, "COALESCE(" + w.sql.col(ExpenseEntity.VERSION)
                + ", 0)", expense.id())).longValue());
    }

    /** The budget-row lock changes nothing: that it is the transaction's shows in another writer having to wait. */
    @AoTest
    void theBudgetRowLockIsHeldUntilTheTransactionEnds(ActiveObjects ao, DatabaseSpec db, TestDatabase kind) {
        World w = new World(ao);
        String touch = "UPDATE " + w.sql.table(BudgetEntity.class) + " SET " + w.sql.col(BudgetEntity.NAME) + " = "
                + w.sql.col(BudgetEntity.NAME) + " WHERE " + w.sql.col("ID") + " = " + w.budget.id();
        ao.executeInTransaction(() -> {
            w.budgets.lockBudgetRow(w.budget.id());
            try (Connection other = db.connect(); java.sql.Statement s = other.createStatement()) {
                s.execute(kind == TestDatabase.POSTGRESQL ? "SET lock_timeout = '300ms'" : "SET LOCK_TIMEOUT 300");
                SQLException waited = assertThrows(SQLException.class, () -> s.executeUpdate(touch),
                        "another writer of the row waits for the transaction");
                assertTrue(waited.getMessage().toLowerCase(java.util.Locale.ROOT).contains("lock"), waited.getMessage());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        try (Connection other = db.connect(); java.sql.Statement s = other.createStatement()) {
            assertEquals(1, s.executeUpdate(touch), "after the commit the row is free");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AoTest
    void expenseCompareAndSet(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        Expense expense = w.fixtures.expense(w.budget, "2026-10-01", "120.00", true, "0", ApprovalStatus.PENDING);
        rolledBack(ao, () -> assertTrue(w.expenses.transitionExpense(expense.id(), ApprovalStatus.PENDING,
                ApprovalStatus.REJECTED, "too dear")));
        assertEquals("PENDING", w.value(db, ExpenseEntity.class, ExpenseEntity.STATUS, expense.id()));
    }

    @AoTest
    void auditRowsFirstThroughAoThenOneRowThenABatch(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        AoAuditTrail audit = new AoAuditTrail(ao); // a fresh one: it learns its way in inside the transaction
        rolledBack(ao, () -> {
            audit.record("pm", w.budget.id(), AuditSubject.BUDGET, w.budget.id(), AuditAction.UPDATED, List.of()); // through AO
            audit.record("pm", w.budget.id(), AuditSubject.BUDGET, w.budget.id(), AuditAction.UPDATED, List.of()); // one INSERT
            audit.record("pm", w.budget.id(), AuditSubject.BUDGET, w.budget.id(), AuditAction.UPDATED, List.of( // a batch
                    new FieldChange("name", "a", "b"), new FieldChange("type", "x", "y")));
            assertEquals(4, ao.count(AuditEntity.class, Query.select()), "inside, all four rows are there");
        });
        assertEquals(0L, w.count(db, AuditEntity.class));
    }

    @AoTest
    void timeEntriesInsertedAsABatch(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        AoTimeEntryStore fresh = new AoTimeEntryStore(ao); // first row through AO, the rest as one batch
        rolledBack(ao, () -> {
            fresh.insertAll(List.of(w.unsaved(1), w.unsaved(2), w.unsaved(3)));
            assertEquals(3, ao.count(TimeEntryEntity.class, Query.select()));
        });
        assertEquals(0L, w.count(db, TimeEntryEntity.class));
        w.time.insertAll(List.of(w.unsaved(4), w.unsaved(5))); // a store that knows its way in: batch only
        assertEquals(2L, w.count(db, TimeEntryEntity.class), "outside a transaction the batch commits");
        rolledBack(ao, () -> w.time.insertAll(List.of(w.unsaved(6), w.unsaved(7))));
        assertEquals(2L, w.count(db, TimeEntryEntity.class));
    }

    @AoTest
    void timeEntryTransitionsAsABatch(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        TimeEntry a = w.fixtures.entry(10, 1, w.service.id(), "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        TimeEntry b = w.fixtures.entry(10, 1, w.service.id(), "2026-10-02", 1800, true, ApprovalStatus.PENDING);
        TimeEntry.Review pm = new TimeEntry.Review("pm", Instant.parse("2026-11-20T10:00:00Z"), null);
        rolledBack(ao, () -> assertArrayEquals(new boolean[] {true, true}, w.time.transitionAll(List.of(
                new Transition(a.id(), EntryState.pending(), EntryState.approved(), true, pm),
                new Transition(b.id(), EntryState.pending(), EntryState.approved(), true, pm)))));
        assertEquals("PENDING", w.value(db, TimeEntryEntity.class, TimeEntryEntity.STATUS, a.id()));
        assertEquals("PENDING", w.value(db, TimeEntryEntity.class, TimeEntryEntity.STATUS, b.id()));
    }

    @AoTest
    void timeEntriesDeletedAsABatch(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        TimeEntry a = w.fixtures.entry(10, 1, w.service.id(), "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        TimeEntry b = w.fixtures.entry(10, 1, w.service.id(), "2026-10-02", 1800, true, ApprovalStatus.PENDING);
        rolledBack(ao, () -> {
            w.time.deleteAll(List.of(a.id(), b.id()));
            assertEquals(0, ao.count(TimeEntryEntity.class, Query.select()));
        });
        assertEquals(2L, w.count(db, TimeEntryEntity.class));
    }

    @AoTest
    void publishingABudgetsLiveTime(ActiveObjects ao, DatabaseSpec db) {
        World w = new World(ao);
        TimeEntry a = w.fixtures.entry(10, 1, w.service.id(), "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        rolledBack(ao, () -> assertEquals(1, w.time.publishLive(w.budget.id())));
        assertEquals("PENDING", w.value(db, TimeEntryEntity.class, TimeEntryEntity.STATUS, a.id()));
    }

    /** Runs the work in a transaction that then fails. */
    private static void rolledBack(ActiveObjects ao, Runnable work) {
        assertThrows(RollMeBack.class, () -> ao.executeInTransaction(() -> {
            work.run();
            throw new RollMeBack();
        }));
    }

    private static final class RollMeBack extends RuntimeException {
    }

    /** A budget with one service, the stores, and reads of what is committed. */
    private static final class World {
        final ActiveObjects ao;
        final AoBudgetStore budgets;
        final AoLineItemStore lineItems;
        final AoExpenseStore expenses;
        final AoTimeEntryStore time;
        final Fixtures fixtures;
        final Budget budget;
        final LineItem service;
        final AoSql sql;
        private long worklogIds = 5000;

        World(ActiveObjects ao) {
            this.ao = ao;
            Stores stores = Stores.on(ao);
            budgets = stores.budgets;
            lineItems = stores.lineItems;
            expenses = stores.expenses;
            time = stores.time;
            fixtures = new Fixtures(stores);
            budget = fixtures.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
            service = fixtures.service(budget, "Design", Billing.HOURLY, "95.00", true);
            sql = AoSql.of(ao.get(BudgetEntity.class, (int) budget.id()));
        }

        TimeEntry unsaved(int day) {
            LocalDate d = LocalDate.of(2026, 10, day);
            return new TimeEntry(0, new WorklogState(++worklogIds, 1, null, 10, "dev",
                    d.atStartOfDay().toInstant(ZoneOffset.UTC), d, 600, "work"), service.id(), null, true, null,
                    ApprovalStatus.PENDING, EntryState.Revision.NONE, null, TimeEntry.Review.NONE);
        }

        long budgetColumn(DatabaseSpec db, String column) {
            Object v = budgetColumnValue(db, "COALESCE(" + sql.col(column) + ", 0)");
            return ((Number) v).longValue();
        }

        Object budgetColumnValue(DatabaseSpec db, String columnOrExpression) {
            String select = columnOrExpression.contains("(") ? columnOrExpression : sql.col(columnOrExpression);
            return committed(db, "SELECT " + select + " FROM " + sql.table(BudgetEntity.class) + " WHERE "
                    + sql.col("ID") + " = ?", budget.id());
        }

        Object value(DatabaseSpec db, Class<? extends net.java.ao.RawEntity<?>> table, String column, long id) {
            String select = column.contains("\"") || column.contains("(") ? column : sql.col(column);
            return committed(db, "SELECT " + select + " FROM " + sql.table(table) + " WHERE " + sql.col("ID")
                    + " = ?", id);
        }

        long count(DatabaseSpec db, Class<? extends net.java.ao.RawEntity<?>> table) {
            return ((Number) committed(db, "SELECT COUNT(*) FROM " + sql.table(table))).longValue();
        }

        /** On a plain JDBC connection outside the host's pool: it sees committed rows only. */
        private static Object committed(DatabaseSpec db, String select, Object... params) {
            try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(select)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i] instanceof Long l && l <= Integer.MAX_VALUE ? (Object) l.intValue() : params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    return rs.getObject(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
