package com.atlassian.scheduler;

/** Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0]: checked (extends Exception). */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
