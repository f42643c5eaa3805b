package io.github.clientbudgets.admin;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.access.JsmCustomerOrganizations;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.common.AoSql;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The installation check of the admin page: what no test outside a real Jira can prove, checked inside the live Jira
 * by the first admin who installs the app. Server side: the tables answer; the app's raw SQL runs on the Active
 * Objects transaction's connection; the cluster caches agree with the database; JSM's organization service is there.
 * The browser side (REST resources that Jersey builds, {@link RestProbes}) and a named customer's admission
 * ({@code rest.CustomerAdmission}) run on request.
 */
public class InstallationCheck {
    /** The audit row the raw-SQL check writes and rolls back: recognisable should a rollback ever fail. */
    static final String PROBE_OBJECT_TYPE = "INSTALL_CHECK";
    private static final int CACHE_SAMPLE = 50;
    private final HealthCheck health;
    private final ActiveObjects ao;
    private final AoBudgetStore store;
    private final JsmCustomerOrganizations organizations;

    public InstallationCheck(HealthCheck health, ActiveObjects ao, AoBudgetStore store, JsmCustomerOrganizations organizations) {
        this.health = health;
        this.ao = ao;
        this.store = store;
        this.organizations = organizations;
    }

    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        HealthReport tables = health.run();
        results.add(tables.isDatabaseReachable()
                ? new CheckResult("tables", CheckResult.Outcome.PASS, tables.getBudgetCount() + " budgets")
                : new CheckResult("tables", CheckResult.Outcome.FAIL, tables.getProblem()));
        if (tables.isDatabaseReachable()) {
            results.add(rawSqlOnTheTransactionsConnection());
            results.add(cachesAgreeWithTheDatabase());
        }
        results.add(organizations.jsmPresent()
                ? new CheckResult("jsm", CheckResult.Outcome.PASS, "OrganizationService")
                : new CheckResult("jsm", CheckResult.Outcome.WARN, "no OrganizationService"));
        return results;
    }

    /** Thrown to roll the probe transaction back. */
    private static final class Rollback extends RuntimeException {
        final long seenInside;

        Rollback(long seenInside) {
            super(null, null, false, false);
            this.seenInside = seenInside;
        }
    }

    /**
     * Inside one transaction: an AO insert, then a raw-SQL read of it through {@link AoSql}. Only the transaction's
     * own connection sees a row it has not committed (READ COMMITTED or stricter), so seeing it means the raw SQL is
     * on that connection. Then the transaction rolls back, and a raw-SQL read after it must find nothing.
     */
    CheckResult rawSqlOnTheTransactionsConnection() {
        long marker = System.nanoTime();
        AoSql[] sql = new AoSql[1];
        long seenInside;
        try {
            ao.executeInTransaction(() -> {
                AuditEntity probe = ao.create(AuditEntity.class, Map.of(AuditEntity.CREATED, new Date(),
                        AuditEntity.OBJECT_TYPE, PROBE_OBJECT_TYPE, AuditEntity.OBJECT_ID, marker,
                        AuditEntity.ACTION, "PROBE"));
                sql[0] = AoSql.of(probe);
                throw new Rollback(count(sql[0], marker));
            });
            return new CheckResult("raw-sql", CheckResult.Outcome.FAIL, "the transaction did not end as asked");
        } catch (RuntimeException e) {
            Rollback rollback = rollbackIn(e);
            if (rollback == null) {
                return new CheckResult("raw-sql", CheckResult.Outcome.FAIL, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            seenInside = rollback.seenInside;
        }
        long left = count(sql[0], marker);
        if (left > 0) {
            sql[0].update("DELETE FROM " + sql[0].table(AuditEntity.class) + " WHERE " + sql[0].col(AuditEntity.OBJECT_TYPE)
                    + " = ? AND " + sql[0].col(AuditEntity.OBJECT_ID) + " = ?", List.of(PROBE_OBJECT_TYPE, marker));
            return new CheckResult("raw-sql", CheckResult.Outcome.FAIL, "the probe row outlived the rollback");
        }
        return seenInside == 1
                ? new CheckResult("raw-sql", CheckResult.Outcome.PASS, "uncommitted row seen by raw SQL, gone after rollback")
                : new CheckResult("raw-sql", CheckResult.Outcome.FAIL, "raw SQL did not see the transaction's own row");
    }

    /** The platform may hand our exception back wrapped. */
    private static Rollback rollbackIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Rollback r) {
                return r;
            }
        }
        return null;
    }

    private static long count(AoSql sql, long marker) {
        return sql.queryLong("SELECT COUNT(*) FROM " + sql.table(AuditEntity.class) + " WHERE " + sql.col(AuditEntity.OBJECT_TYPE)
                + " = ? AND " + sql.col(AuditEntity.OBJECT_ID) + " = ?", List.of(PROBE_OBJECT_TYPE, marker));
    }

    /** The newest budgets' cached copies against their rows: a stale copy means removals do not reach this node. */
    CheckResult cachesAgreeWithTheDatabase() {
        List<Long> differing = store.budgetsCachedDifferently(CACHE_SAMPLE);
        return differing.isEmpty()
                ? new CheckResult("caches", CheckResult.Outcome.PASS, "up to " + CACHE_SAMPLE + " budgets compared")
                : new CheckResult("caches", CheckResult.Outcome.FAIL, "stale budgets " + differing);
    }
}
