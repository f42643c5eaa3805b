package io.github.clientbudgets.budget;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two dev hosts on one PostgreSQL are two Data Center nodes, each with its own copy of the budget caches. A change
 * made on one node reaches the other through the cache's cluster-wide invalidation (entries would otherwise live
 * for {@value BudgetCaches#EXPIRE_MINUTES} minutes), not by chance.
 */
class BudgetCachesOnTwoNodesTest {
    @Test
    void aBudgetOrServiceChangedOnOneNodeIsNotServedStaleByTheOther() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("caches");
            try (DevHost a = DevHost.start(TestHosts.clusterNode(db, "node-a"));
                 DevHost b = DevHost.start(TestHosts.clusterNode(db, "node-b"))) {
                BudgetStore onA = a.plugin().springContext().getBean(BudgetStore.class);
                BudgetStore onB = b.plugin().springContext().getBean(BudgetStore.class);
                LineItemStore lineItemsOnA = a.plugin().springContext().getBean(LineItemStore.class);
                LineItemStore lineItemsOnB = b.plugin().springContext().getBean(LineItemStore.class);
                Budget budget = onA.budgetsRequiringApproval().get(0);
                assertEquals(budget.name(), onB.budget(budget.id()).orElseThrow().name()); // now in B's cache
                int servicesOnB = lineItemsOnB.lineItems(budget.id()).size();
                boolean approvalOnB = onB.budgetsOfProject(budget.projectId()).stream()
                        .filter(x -> x.id() == budget.id()).findFirst().orElseThrow().approvalRequired();
                assertTrue(approvalOnB);

                onA.updateBudget(BudgetCachesTest.withName(budget, "Renamed on node A").withApprovalRequired(false));
                lineItemsOnA.insertLineItem(new LineItem(0, budget.id(), "Added on node A", Billing.HOURLY, null,
                        new BigDecimal("10.00"), null, false));

                // node B applies the removals node A published (its poller does this every few hundred ms; the
                // test does it at once instead of waiting for it)
                b.platform().caches().applyRemoteFlushes();
                assertEquals("Renamed on node A", onB.budget(budget.id()).orElseThrow().name(), "node B saw the rename");
                assertTrue(onB.budgetsOfProject(budget.projectId()).stream()
                        .noneMatch(x -> x.id() == budget.id() && x.approvalRequired()), "and the approval switch");
                assertEquals(servicesOnB + 1, lineItemsOnB.lineItems(budget.id()).size(), "and the new line item");
                assertFalse(onB.budget(budget.id()).orElseThrow().approvalRequired());
            }
        }
    }
}
