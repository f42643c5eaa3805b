package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0] for the factories; {@code getType()},
 * {@code Type} and {@code getIntervalScheduleInfo()} usage-confirmed (Atlassian's decompiled scheduler code). Cron
 * schedules are left out: the plugin uses intervals.
 */
public final class Schedule {
    public enum Type {
        INTERVAL,
        CRON_EXPRESSION
    }

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public Type getType() {
        return Type.INTERVAL;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
