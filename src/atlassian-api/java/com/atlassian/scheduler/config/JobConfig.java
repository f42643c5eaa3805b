package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0] for the fluent factories; the getters
 * are usage-confirmed (Atlassian's decompiled code: {@code jobConfig.getSchedule()}, {@code getParameters()},
 * {@code getJobRunnerKey()}, {@code getRunMode()}). Immutable: each {@code with...} returns a copy.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule,
                      Map<String, Serializable> parameters) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey);
        this.runMode = Objects.requireNonNull(runMode);
        this.schedule = Objects.requireNonNull(schedule);
        this.parameters = Map.copyOf(parameters);
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null), Map.of());
    }

    public JobConfig withRunMode(RunMode newRunMode) {
        return new JobConfig(jobRunnerKey, newRunMode, schedule, parameters);
    }

    public JobConfig withSchedule(Schedule newSchedule) {
        return new JobConfig(jobRunnerKey, runMode, newSchedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> newParameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule, newParameters == null ? Map.of() : newParameters);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Map<String, Serializable> getParameters() {
        return parameters;
    }
}
