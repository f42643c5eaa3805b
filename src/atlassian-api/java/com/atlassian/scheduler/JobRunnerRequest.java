package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

/** Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0]. */
public interface JobRunnerRequest {
    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
