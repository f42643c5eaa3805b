package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.TestDatabase;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema: Jira-named tables within Jira's 30-character limit, the unique worklog id (the upgrade tasks: upgrade/*Test). */
class ModelTest {
    private static final List<String> TABLES = List.of("AO_DF9F5C_BUDGET", "AO_DF9F5C_SERVICE", "AO_DF9F5C_EXPENSE",
            "AO_DF9F5C_ISSUE_SERVICE", "AO_DF9F5C_TIME_ENTRY", "AO_DF9F5C_AUDIT");

    @AoTest
    void everyTableExistsWithAShortJiraName(DatabaseSpec database, TestDatabase kind) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.connect();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        for (String table : TABLES) {
            assertTrue(tables.contains(table), kind + ": " + table + " missing from " + tables);
            assertTrue(table.length() <= 30, table + " is longer than Jira's 30 characters");
        }
    }

    @AoTest
    void approverLookupsReadProjectsAndOwnersNotBudgets(ActiveObjects ao) {
        AoBudgetStore store = new AoBudgetStore(ao);
        Fixtures f = new Fixtures(ao, store, new AoTimeEntryStore(ao));
        f.budget(10, "A", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1", true);
        f.budget(10, "B", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1", true);
        f.budget(20, "C", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1", true);
        f.budget(30, "D", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1", false);
        Budget deleted = f.budget(40, "E", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1", true);
        store.markDeleted(deleted.id());

        assertEquals(List.of(10L, 20L), store.projectsWithApprovalBudgets().stream().sorted().toList());
        assertTrue(store.ownsApprovalBudget("pm"));
        assertTrue(!store.ownsApprovalBudget("dev"));
    }

    @AoTest
    void aWorklogHasOneTimeEntry(ActiveObjects ao) {
        AoBudgetStore store = new AoBudgetStore(ao);
        AoTimeEntryStore time = new AoTimeEntryStore(ao);
        TimeEntry entry = new Fixtures(ao, store, time).entry(10, 1, null, "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        TimeEntry twin = TimeEntry.of(new io.github.clientbudgets.timeentry.WorklogState(entry.worklogId(), 2, null, 10,
                "dev", Instant.now(), LocalDate.parse("2026-10-02"), 60, null), null, ApprovalStatus.PENDING);
        assertThrows(RuntimeException.class, () -> time.insert(twin));
        assertEquals(1, ao.count(TimeEntryEntity.class, Query.select()));
        TimeEntryEntity row = ao.find(TimeEntryEntity.class, Query.select())[0];
        assertEquals(20261001, row.getWorkDay());
        assertEquals(202610, row.getWorkMonth());
    }
}
