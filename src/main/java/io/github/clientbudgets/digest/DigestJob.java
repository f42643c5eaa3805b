package io.github.clientbudgets.digest;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The client digests as an Atlassian Scheduler job, once per cluster, every hour: each run sends what is due
 * ({@link DigestSender}) and what was sent already is skipped, so the first run after a month or week ends sends
 * that period's digests and later runs (on any node, after any restart) send nothing twice. A node shutting down asks
 * the run to stop; the next run carries on.
 */
public class DigestJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.github.clientbudgets.digest");
    static final JobId HOURLY = JobId.of("io.github.clientbudgets.digest.hourly");
    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    private final SchedulerService scheduler;
    private final DigestSender sender;

    public DigestJob(SchedulerService scheduler, DigestSender sender) {
        this.scheduler = scheduler;
        this.sender = sender;
    }

    /** Spring init-method: register the runner on this node and (idempotently) the hourly run. */
    public void register() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, this);
        scheduler.scheduleJob(HOURLY, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(TimeUnit.HOURS.toMillis(1),
                        new Date(System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10)))));
    }

    /** Spring destroy-method: this node stops running it; the schedule stays for the cluster. */
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            DigestSender.Outcome outcome = sender.sendDue(request::isCancellationRequested);
            if (outcome.mailed() > 0) {
                LOG.info("Client Budgets digests: {} mailed ({} budgets with a digest)", outcome.mailed(), outcome.budgets());
            }
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("Client Budgets digests failed; the next run sends what is still due", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
