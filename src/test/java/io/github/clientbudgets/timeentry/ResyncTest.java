package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.service.Billing;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resync on a real database: converges, is idempotent, lets go of deleted worklogs, and resumes. */
class ResyncTest {
    /** Jira's worklogs, in memory: project → issue → worklogs. */
    private static final class FakeJira implements WorklogSource {
        final TreeMap<Long, TreeMap<Long, List<WorklogState>>> projects = new TreeMap<>();

        FakeJira() {
            Random random = new Random(7);
            long worklogId = 1;
            for (long project = 10000; project <= 10002; project++) {
                TreeMap<Long, List<WorklogState>> issues = new TreeMap<>();
                for (long issue = project * 10; issue < project * 10 + 6; issue++) {
                    List<WorklogState> worklogs = new ArrayList<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        LocalDate day = LocalDate.of(2026, 10, 1 + random.nextInt(28));
                        worklogs.add(new WorklogState(worklogId++, issue, null, project, "dev",
                                Instant.parse(day + "T09:00:00Z"), day, 900L * (1 + random.nextInt(8)), "w" + worklogId));
                    }
                    issues.put(issue, worklogs);
                }
                projects.put(project, issues);
            }
        }

        @Override
        public List<Long> projectIds() {
            return List.copyOf(projects.keySet());
        }

        @Override
        public List<Long> issueIds(long projectId) {
            return List.copyOf(projects.get(projectId).keySet());
        }

        @Override
        public List<WorklogState> worklogsOf(long issueId) {
            return projects.values().stream().map(issues -> issues.get(issueId)).filter(w -> w != null)
                    .findFirst().orElse(List.of());
        }

        long worklogCount() {
            return projects.values().stream().flatMap(i -> i.values().stream()).mapToLong(List::size).sum();
        }
    }

    private static Resync resync(ActiveObjects ao, FakeJira jira) {
        AoBudgetStore budgets = new AoBudgetStore(ao);
        AoTimeEntryStore entries = new AoTimeEntryStore(ao);
        return new Resync(ao, jira, entries, new TimeEntryProjection(entries, budgets, new AttributionService(budgets)));
    }

    /** worklog id → seconds, as the entries say. */
    private static Map<Long, Long> entries(ActiveObjects ao) {
        return Arrays.stream(ao.find(TimeEntryEntity.class, Query.select().order("WORKLOG_ID")))
                .collect(Collectors.toMap(TimeEntryEntity::getWorklogId, TimeEntryEntity::getSeconds, (a, b) -> a, LinkedHashMap::new));
    }

    @AoTest
    void aFullRunRecordsEveryWorklogAndASecondRunChangesNothing(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        Fixtures fixtures = new Fixtures(new AoBudgetStore(ao), new AoTimeEntryStore(ao));
        fixtures.service(fixtures.budget(10000, "B", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "100", false),
                "S", Billing.HOURLY, "10.00", true);

        Resync.Outcome first = resync(ao, jira).run(() -> false);
        Map<Long, Long> afterFirst = entries(ao);
        Resync.Outcome second = resync(ao, jira).run(() -> false);

        assertTrue(first.finished());
        assertEquals(18, first.issuesDone());
        assertEquals(jira.worklogCount(), afterFirst.size());
        assertEquals(afterFirst, entries(ao), "idempotent");
        assertEquals(18, second.issuesDone());
    }

    @AoTest
    void deletedAndEditedWorklogsAreReconciled(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        resync(ao, jira).run(() -> false);
        List<WorklogState> issue = jira.projects.get(10001L).values().stream().filter(l -> l.size() >= 2).findFirst().orElseThrow();
        WorklogState deleted = issue.remove(0);
        WorklogState edited = issue.get(0);
        issue.set(0, new WorklogState(edited.worklogId(), edited.issueId(), null, edited.projectId(), "dev",
                edited.started(), edited.workDay(), 12345, edited.comment()));

        resync(ao, jira).run(() -> false);

        Map<Long, Long> entries = entries(ao);
        assertFalse(entries.containsKey(deleted.worklogId()));
        assertEquals(12345L, entries.get(edited.worklogId()));
        assertEquals(jira.worklogCount(), entries.size());
    }

    @AoTest
    void interruptedAtRandomPointsAndResumedItConvergesWithoutDuplicates(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        Random random = new Random(42);
        int runs = 0;
        Resync.Outcome outcome;
        do {
            int allowed = 1 + random.nextInt(5); // the node "goes down" after a few issues
            AtomicInteger checks = new AtomicInteger();
            outcome = resync(ao, jira).run(() -> checks.incrementAndGet() > allowed);
            runs++;
        } while (!outcome.finished() && runs < 100);

        assertTrue(outcome.finished());
        assertTrue(runs > 2, "the run was really interrupted: " + runs);
        assertEquals(18, outcome.issuesDone(), "each issue done once over all the resumed runs");
        assertEquals(jira.worklogCount(), entries(ao).size());
        assertEquals(jira.worklogCount(), ao.count(TimeEntryEntity.class, Query.select()), "no duplicates");
    }
}
