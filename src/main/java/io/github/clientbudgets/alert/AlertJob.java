package io.github.clientbudgets.alert;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The alerts' safety net: once per cluster every 15 minutes, every budget's figures against its thresholds, so a
 * crossing whose trigger was missed (a node stopped between a commit and its evaluation, figures that changed
 * through a path nobody reports, a new period that began) is still mailed. Under a cluster lock so two runs never
 * overlap; the unique crossing key would keep the mail single anyway.
 */
public class AlertJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.github.clientbudgets.alerts");
    static final JobId EVERY_QUARTER_HOUR = JobId.of("io.github.clientbudgets.alerts.check");
    static final String LOCK = "io.github.clientbudgets.alerts";
    private static final Logger LOG = LoggerFactory.getLogger(AlertJob.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final AlertEvaluator evaluator;

    public AlertJob(SchedulerService scheduler, ClusterLockService locks, AlertEvaluator evaluator) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.evaluator = evaluator;
    }

    /** Spring init-method: register the runner on this node and (idempotently) the cluster's schedule. */
    public void register() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, this);
        scheduler.scheduleJob(EVERY_QUARTER_HOUR, JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(TimeUnit.MINUTES.toMillis(15),
                        new Date(System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(5)))));
    }

    /** Spring destroy-method: this node stops running it; the schedule stays for the cluster. */
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("another node is checking the alerts");
        }
        try {
            evaluator.allChanged();
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("Client Budgets alert check failed; the next run looks again", e);
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }
}
