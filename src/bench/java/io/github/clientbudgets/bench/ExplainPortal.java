package io.github.clientbudgets.bench;

import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * {@code diag7} (PostgreSQL only, not in the default list): prints the plans PostgreSQL chooses for the statements
 * of a portal page (the burn-up's day series over a budget's live and published time, the organization grants),
 * both as a custom plan and as the generic plan a prepared statement falls back to after five executions.
 */
public final class ExplainPortal implements Scenario {
    @Override
    public String id() {
        return "diag7";
    }

    @Override
    public String name() {
        return "diag7 portal page plans";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        if (!ctx.db().equals("postgres")) {
            return List.of();
        }
        AoNames n = ctx.names();
        String t = n.table(TimeEntryEntity.class);
        String s = n.table(ServiceEntity.class);
        long budget = ctx.budget(1);
        String[][] statements = {
                {"burn-up live", "SELECT t." + n.col(TimeEntryEntity.WORK_DAY) + ", SUM(t." + n.col(TimeEntryEntity.SECONDS) + ") FROM "
                        + t + " t JOIN " + s + " s ON s." + n.col("ID") + " = t." + n.col(TimeEntryEntity.SERVICE_ID)
                        + " WHERE s." + n.col(ServiceEntity.BUDGET_ID) + " = $1 AND t." + n.col(TimeEntryEntity.SECONDS)
                        + " > 0 AND t." + n.col(TimeEntryEntity.WORK_DAY) + " >= $2 GROUP BY 1 ORDER BY 1"},
                {"burn-up published", "SELECT t." + n.col(TimeEntryEntity.APPROVED_DAY) + ", SUM(t." + n.col(TimeEntryEntity.APPROVED_SECONDS) + ") FROM "
                        + t + " t JOIN " + s + " s ON s." + n.col("ID") + " = t." + n.col(TimeEntryEntity.APPROVED_SERVICE_ID)
                        + " WHERE s." + n.col(ServiceEntity.BUDGET_ID) + " = $1 AND t." + n.col(TimeEntryEntity.APPROVED_SECONDS)
                        + " IS NOT NULL AND t." + n.col(TimeEntryEntity.APPROVED_DAY) + " >= $2 GROUP BY 1 ORDER BY 1"},
                {"organization grants", "SELECT DISTINCT " + n.col(ClientGrantEntity.ORGANIZATION_ID) + " FROM "
                        + n.table(ClientGrantEntity.class) + " WHERE " + n.col(ClientGrantEntity.ORGANIZATION_ID)
                        + " IS NOT NULL AND $1 = $1 AND $2 = $2"},
        };
        try (Connection c = ctx.connect(); Statement st = c.createStatement()) {
            long service;
            try (ResultSet rs = st.executeQuery("SELECT MIN(" + n.col("ID") + ") FROM " + s + " WHERE "
                    + n.col(ServiceEntity.BUDGET_ID) + " = " + budget)) {
                rs.next();
                service = rs.getLong(1);
            }
            String page = "SELECT t." + n.col("ID") + ", t." + n.col(TimeEntryEntity.WORK_DAY) + ", COUNT(*) OVER (), SUM(t."
                    + n.col(TimeEntryEntity.SECONDS) + ") OVER () FROM " + t + " t JOIN " + s + " s ON s." + n.col("ID")
                    + " = t." + n.col(TimeEntryEntity.SERVICE_ID) + " WHERE s." + n.col(ServiceEntity.BUDGET_ID)
                    + " = $1 AND t." + n.col(TimeEntryEntity.SECONDS) + " > 0 AND t." + n.col(TimeEntryEntity.WORK_DAY)
                    + " >= $2 AND t." + n.col(TimeEntryEntity.WORK_DAY) + " <= 20261231 AND t."
                    + n.col(TimeEntryEntity.SERVICE_ID) + " = " + service + " ORDER BY t." + n.col(TimeEntryEntity.WORK_DAY)
                    + " DESC, t." + n.col("ID") + " DESC OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY";
            statements = java.util.Arrays.copyOf(statements, statements.length + 1);
            statements[statements.length - 1] = new String[]{"time tab page", page};
            for (String[] statement : statements) {
                st.execute("DEALLOCATE ALL");
                st.execute("PREPARE p(bigint, integer) AS " + statement[1]);
                for (String mode : new String[]{"force_custom_plan", "force_generic_plan"}) {
                    st.execute("SET plan_cache_mode = " + mode);
                    System.out.println("    --- " + statement[0] + " (" + mode + ", budget " + budget + ")");
                    try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE p(" + budget + ", 20260101)")) {
                        while (rs.next()) {
                            System.out.println("    " + rs.getString(1));
                        }
                    }
                }
            }
            st.execute("RESET plan_cache_mode");
            st.execute("DEALLOCATE ALL");
        }
        return List.of();
    }
}
