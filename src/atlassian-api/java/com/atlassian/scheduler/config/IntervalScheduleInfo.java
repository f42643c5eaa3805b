package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Stand-in [U]: usage-confirmed in Atlassian's own decompiled code and the public
 * atlassian-scheduler tests ({@code schedule.getIntervalScheduleInfo().getIntervalInMillis()},
 * {@code info.getFirstRunTime()}). A final class.
 */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
