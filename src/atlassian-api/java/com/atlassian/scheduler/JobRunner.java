package com.atlassian.scheduler;

/** Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0]; lambdas bind to runJob. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
