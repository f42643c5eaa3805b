package io.github.clientbudgets.devhost.platform;

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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Atlassian Scheduler over the shared database. Jobs (their runner key, run mode, interval, parameters, next run)
 * are rows, so every node knows every job; runners are per node, registered in memory as in Jira. A poller on each
 * node runs due jobs whose runner it has: a {@link RunMode#RUN_ONCE_PER_CLUSTER} run is claimed by moving the job's
 * next-run time with a conditional UPDATE, so exactly one node wins each run; a {@link RunMode#RUN_LOCALLY} job
 * keeps its next-run time per node. A runner's exception is caught and recorded as the job's last outcome.
 */
public final class HostSchedulerService implements SchedulerService, AutoCloseable {
    static final String TABLE = "HOST_SCHEDULED_JOB";
    private static final Logger LOG = LoggerFactory.getLogger(HostSchedulerService.class);

    private final NodeDatabase db;
    private final String nodeId;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<String, Long> localNextRuns = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller;
    private final AtomicBoolean closed = new AtomicBoolean();

    HostSchedulerService(NodeDatabase db, String nodeId, long pollMillis) {
        this.db = db;
        this.nodeId = nodeId;
        db.createTable("CREATE TABLE IF NOT EXISTS " + TABLE + " (JOB_ID VARCHAR(255) PRIMARY KEY,"
                + " RUNNER_KEY VARCHAR(255) NOT NULL, RUN_MODE VARCHAR(32) NOT NULL, INTERVAL_MS BIGINT NOT NULL,"
                + " NEXT_RUN BIGINT, PARAMETERS VARCHAR(8000), LAST_OUTCOME VARCHAR(1000), LAST_NODE VARCHAR(64))");
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dev-host-scheduler-" + nodeId);
            t.setDaemon(true);
            return t;
        });
        if (pollMillis > 0) {
            poller.scheduleWithFixedDelay(this::runDueJobs, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        Schedule schedule = config.getSchedule();
        if (schedule.getType() != Schedule.Type.INTERVAL) {
            throw new SchedulerServiceException("the dev host schedules interval jobs only, not " + schedule.getType());
        }
        long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
        Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
        long nextRun = first == null ? System.currentTimeMillis() : first.getTime();
        String parameters = encode(config.getParameters());
        db.run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE JOB_ID = ?")) {
                delete.setString(1, jobId.toString());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                    + " (JOB_ID, RUNNER_KEY, RUN_MODE, INTERVAL_MS, NEXT_RUN, PARAMETERS) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, jobId.toString());
                insert.setString(2, config.getJobRunnerKey().toString());
                insert.setString(3, config.getRunMode().name());
                insert.setLong(4, interval);
                insert.setLong(5, nextRun);
                insert.setString(6, parameters);
                return insert.executeUpdate();
            }
        });
        localNextRuns.remove(jobId.toString());
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        db.run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE JOB_ID = ?")) {
                delete.setString(1, jobId.toString());
                return delete.executeUpdate();
            }
        });
    }

    /** Runs a job on this node now, whatever its schedule (the admin page's "run now"); the runner must be here. */
    public JobRunnerResponse runNow(JobId jobId) {
        Job job = jobs().stream().filter(j -> j.id.equals(jobId.toString())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
        return run(job);
    }

    /** The last outcome recorded for a job ("SUCCESS", "FAILED: ...") and the node that ran it, or null. */
    public String lastOutcome(JobId jobId) {
        return db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT LAST_OUTCOME FROM " + TABLE + " WHERE JOB_ID = ?")) {
                s.setString(1, jobId.toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** One polling round: runs every due job whose runner this node has. Public so tests can drive rounds. */
    public void runDueJobs() {
        if (closed.get()) {
            return;
        }
        try {
            long now = System.currentTimeMillis();
            for (Job job : jobs()) {
                if (!runners.containsKey(JobRunnerKey.of(job.runnerKey))) {
                    continue;
                }
                if (job.runMode == RunMode.RUN_LOCALLY) {
                    long next = localNextRuns.getOrDefault(job.id, job.nextRun);
                    if (next <= now) {
                        localNextRuns.put(job.id, job.interval > 0 ? now + job.interval : Long.MAX_VALUE);
                        run(job);
                    }
                } else if (job.nextRun <= now && claim(job, now)) {
                    run(job);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("scheduler round failed on node {}", nodeId, e);
        }
    }

    private boolean claim(Job job, long now) {
        Long next = job.interval > 0 ? Long.valueOf(now + job.interval) : null; // a one-off job runs once
        return db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE + " SET NEXT_RUN = ?, LAST_NODE = ?"
                    + " WHERE JOB_ID = ? AND NEXT_RUN = ?")) {
                if (next == null) {
                    s.setNull(1, java.sql.Types.BIGINT);
                } else {
                    s.setLong(1, next);
                }
                s.setString(2, nodeId);
                s.setString(3, job.id);
                s.setLong(4, job.nextRun);
                return s.executeUpdate() == 1;
            }
        });
    }

    private JobRunnerResponse run(Job job) {
        JobRunner runner = runners.get(JobRunnerKey.of(job.runnerKey));
        if (runner == null) {
            throw new IllegalStateException("no runner " + job.runnerKey + " on node " + nodeId);
        }
        JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(job.runnerKey)).withRunMode(job.runMode)
                .withSchedule(Schedule.forInterval(job.interval, null)).withParameters(decode(job.parameters));
        JobId jobId = JobId.of(job.id);
        JobRunnerResponse response;
        try {
            response = runner.runJob(new Request(jobId, config, closed));
            if (response == null) {
                response = JobRunnerResponse.success();
            }
        } catch (RuntimeException | Error e) {
            LOG.error("job {} failed on node {}", job.id, nodeId, e);
            response = JobRunnerResponse.failed(e);
        }
        String outcome = response.toString();
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
                    + " SET LAST_OUTCOME = ?, LAST_NODE = ? WHERE JOB_ID = ?")) {
                s.setString(1, outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome);
                s.setString(2, nodeId);
                s.setString(3, job.id);
                return s.executeUpdate();
            }
        });
        return response;
    }

    private List<Job> jobs() {
        return db.run(c -> {
            List<Job> jobs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT JOB_ID, RUNNER_KEY, RUN_MODE, INTERVAL_MS, NEXT_RUN, PARAMETERS FROM " + TABLE);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long next = rs.getLong(5);
                    jobs.add(new Job(rs.getString(1), rs.getString(2), RunMode.valueOf(rs.getString(3)),
                            rs.getLong(4), rs.wasNull() ? Long.MAX_VALUE : next, rs.getString(6)));
                }
            }
            return jobs;
        });
    }

    private static String encode(Map<String, Serializable> parameters) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(parameters));
            out.flush();
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalArgumentException("job parameters must be serializable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Serializable> decode(String text) {
        if (text == null) {
            return Map.of();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            return (Map<String, Serializable>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("job parameters cannot be read", e);
        }
    }

    @Override
    public void close() {
        closed.set(true);
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Job(String id, String runnerKey, RunMode runMode, long interval, long nextRun, String parameters) {
    }

    private record Request(JobId jobId, JobConfig jobConfig, AtomicBoolean closed) implements JobRunnerRequest {
        @Override
        public JobId getJobId() {
            return jobId;
        }

        @Override
        public JobConfig getJobConfig() {
            return jobConfig;
        }

        @Override
        public boolean isCancellationRequested() {
            return closed.get();
        }
    }
}
