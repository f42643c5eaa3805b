package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetEntityTest {

    @AoTest
    void tableUsesJiraNamingForOurPluginKey(DatabaseSpec database, TestDatabase kind) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.connect();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        // md5("io.github.clientbudgets.client-budgets-jira") ends in ...9df9f5c: Jira names our tables AO_DF9F5C_*
        assertTrue(tables.contains("AO_DF9F5C_BUDGET"), kind + " tables: " + tables);
    }

    @AoTest
    void storesExactMoneyAndNullableLimits(ActiveObjects ao) {
        BudgetEntity created = ao.create(BudgetEntity.class,
                new DBParam(BudgetEntity.PROJECT_ID, 10000L),
                new DBParam(BudgetEntity.NAME, "Website relaunch"),
                new DBParam("TYPE", "TIME_AND_MATERIALS"),
                new DBParam("CURRENCY", "EUR"),
                new DBParam(BudgetEntity.STATUS, "OPEN"),
                new DBParam(BudgetEntity.DELETED, false));
        created.setTotalAmountMinor(9_999_999_999_99L);
        created.setStartDate("2026-09-01");
        created.save();

        BudgetEntity read = ao.get(BudgetEntity.class, created.getID());
        assertEquals("Website relaunch", read.getName());
        assertEquals(9_999_999_999_99L, read.getTotalAmountMinor());
        assertNull(read.getTotalSeconds());
        assertEquals("2026-09-01", read.getStartDate());
        assertEquals(1, ao.count(BudgetEntity.class, Query.select().where(BudgetEntity.PROJECT_ID + " = ?", 10000L)));
    }
}
