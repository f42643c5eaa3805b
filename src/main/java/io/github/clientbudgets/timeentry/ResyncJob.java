package io.github.clientbudgets.timeentry;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.github.clientbudgets.budget.FiguresChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The resync as an Atlassian Scheduler job: once per cluster, nightly and on demand, and only under the cluster
 * lock, so two nodes never resync at once (a second one answers "aborted"). A node shutting down asks the run to
 * stop; the next run resumes where it stopped.
 */
public class ResyncJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.github.clientbudgets.resync");
    static final JobId NIGHTLY = JobId.of("io.github.clientbudgets.resync.nightly");
    static final JobId NOW = JobId.of("io.github.clientbudgets.resync.now");
    static final String LOCK = "io.github.clientbudgets.resync";
    private static final Logger LOG = LoggerFactory.getLogger(ResyncJob.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final Resync resync;
    private final FiguresChanged figures;

    public ResyncJob(SchedulerService scheduler, ClusterLockService locks, Resync resync) {
        this(scheduler, locks, resync, FiguresChanged.NONE);
    }

    /** @param figures told when a resync has finished: any budget's figures may have changed (the alerts) */
    public ResyncJob(SchedulerService scheduler, ClusterLockService locks, Resync resync, FiguresChanged figures) {
        this.figures = figures;
        this.scheduler = scheduler;
        this.locks = locks;
        this.resync = resync;
    }

    /** Spring init-method: register the runner on this node and (idempotently) the nightly run. */
    public void register() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, this);
        scheduler.scheduleJob(NIGHTLY, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(TimeUnit.DAYS.toMillis(1),
                        new Date(System.currentTimeMillis() + TimeUnit.HOURS.toMillis(1)))));
    }

    /** Spring destroy-method: this node stops running it; the schedule stays for the cluster. */
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    /** Asks the cluster for a resync now (one node picks it up). */
    public void requestNow() throws SchedulerServiceException {
        scheduler.scheduleJob(NOW, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(0, new Date())));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("another node is resyncing");
        }
        try {
            Resync.Outcome outcome = resync.run(request::isCancellationRequested);
            LOG.info("Client Budgets resync {} after {} issues", outcome.finished() ? "finished" : "paused",
                    outcome.issuesDone());
            if (outcome.finished()) {
                figures.allChanged();
            }
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("Client Budgets resync failed; the next run resumes where it stopped", e);
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }
}
