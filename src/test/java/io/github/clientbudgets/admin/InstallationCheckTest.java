package io.github.clientbudgets.admin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.github.clientbudgets.access.JsmCustomerOrganizations;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.testing.AoTest;
import net.java.ao.Query;
import org.mockito.Mockito;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server side of the installation check on H2 and PostgreSQL, and that its raw-SQL check can fail. */
class InstallationCheckTest {

    @AoTest
    void passesWhereRawSqlRunsOnTheTransactionsConnection(ActiveObjects ao) {
        Map<String, String> outcomes = outcomes(check(ao).run());
        assertEquals(Map.of("tables", "pass", "raw-sql", "pass", "caches", "pass", "jsm", "warn"), outcomes,
                "without JSM (no OrganizationService here) grants to organizations show nothing: a warning");
        assertEquals(0, probeRows(ao), "the probe row is rolled back");
    }

    @AoTest
    void failsWhereTheTransactionDoesNotHoldTheConnection(ActiveObjects ao) {
        // an ActiveObjects whose executeInTransaction opens no transaction: every statement commits on its own
        ActiveObjects noTransaction = (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executeInTransaction")) {
                        return ((TransactionCallback<?>) args[0]).doInTransaction();
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CheckResult rawSql = check(noTransaction).rawSqlOnTheTransactionsConnection();
        assertEquals("fail", rawSql.getOutcome());
        assertEquals("the probe row outlived the rollback", rawSql.getSeen());
        assertEquals(0, probeRows(ao), "the check cleans up the row it left");
    }

    private static InstallationCheck check(ActiveObjects ao) {
        return new InstallationCheck(new HealthCheck(ao), ao, new AoBudgetStore(ao),
                new JsmCustomerOrganizations(Mockito.mock(UserManager.class), Mockito.mock(com.atlassian.jira.project.ProjectManager.class)));
    }

    private static Map<String, String> outcomes(List<CheckResult> results) {
        return results.stream().collect(Collectors.toMap(CheckResult::getKey, CheckResult::getOutcome));
    }

    private static int probeRows(ActiveObjects ao) {
        return ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ?", InstallationCheck.PROBE_OBJECT_TYPE));
    }
}
