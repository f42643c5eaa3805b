package io.github.clientbudgets.digest;

import com.atlassian.scheduler.config.JobId;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two dev hosts on one PostgreSQL as two Data Center nodes: runs of the digest on both at once, over several rounds,
 * and the scheduled job on each, mail each recipient's digest exactly once across the cluster (each node has its own
 * mail queue, so the mails of both are counted), and the ledger keeps one row per budget, period and recipient.
 */
class DigestOnTwoNodesTest {
    private static final LocalDate IN_NOVEMBER = TestHosts.DEMO_START.plusMonths(2).plusDays(4);

    @Test
    void aDigestIsMailedOnceAcrossTwoNodes() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("digest");
            try (DevHost a = DevHost.start(TestHosts.clusterNode(db, "node-a"));
                 DevHost b = DevHost.start(TestHosts.clusterNode(db, "node-b"))) {
                DigestSender onA = a.plugin().springContext().getBean(DigestSender.class);
                DigestSender onB = b.plugin().springContext().getBean(DigestSender.class);
                ExecutorService pool = Executors.newFixedThreadPool(4);
                int mailed = 0;
                try {
                    for (int round = 0; round < 5; round++) {
                        CyclicBarrier together = new CyclicBarrier(4);
                        List<Future<DigestSender.Outcome>> runs = new ArrayList<>();
                        for (DigestSender sender : List.of(onA, onB, onA, onB)) {
                            runs.add(pool.submit(() -> {
                                together.await();
                                return sender.sendDue(IN_NOVEMBER, () -> false);
                            }));
                        }
                        for (Future<DigestSender.Outcome> run : runs) {
                            mailed += run.get().mailed();
                        }
                    }
                } finally {
                    pool.shutdownNow();
                }
                JobId job = JobId.of("io.github.clientbudgets.digest.hourly");
                a.platform().scheduler().runNow(job);
                b.platform().scheduler().runNow(job);
                int mailsThen = a.platform().mail().sentMails().size() + b.platform().mail().sentMails().size();
                a.platform().scheduler().runNow(job);
                b.platform().scheduler().runNow(job);

                long octoberMails = a.platform().mail().sentMails().stream().filter(m -> m.subject().endsWith("October 2026")).count()
                        + b.platform().mail().sentMails().stream().filter(m -> m.subject().endsWith("October 2026")).count();
                assertEquals(1, mailed, "one claim won across both nodes");
                assertEquals(1, octoberMails);
                assertEquals(1, a.store().db().queryLong("SELECT COUNT(*) FROM \"AO_DF9F5C_DIGEST_SENT\" WHERE \"PERIOD\" = ?",
                        "2026-10"));
                assertEquals(mailsThen, a.platform().mail().sentMails().size() + b.platform().mail().sentMails().size(),
                        "the job's later runs on either node mail nothing again");
            }
        }
    }
}
