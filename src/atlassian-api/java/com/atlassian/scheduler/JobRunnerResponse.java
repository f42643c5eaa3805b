package com.atlassian.scheduler;

/**
 * Stand-in. Source: [C DEC atlassian-scheduler-api-4.1.0]: final class with static factories.
 * {@code getMessage()} is the dev host's way to show a run's outcome (the real class has a message too).
 */
public final class JobRunnerResponse {
    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse("SUCCESS", null);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse("FAILED", String.valueOf(cause));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse("FAILED", message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse("ABORTED", message);
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return outcome + (message == null ? "" : ": " + message);
    }
}
