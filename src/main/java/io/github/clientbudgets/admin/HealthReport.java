package io.github.clientbudgets.admin;

/** What the health check found. An immutable view object: templates may call only its getters (allowlisted). */
public final class HealthReport {
    private final boolean databaseReachable;
    private final int budgetCount;
    private final String problem;

    private HealthReport(boolean databaseReachable, int budgetCount, String problem) {
        this.databaseReachable = databaseReachable;
        this.budgetCount = budgetCount;
        this.problem = problem;
    }

    static HealthReport healthy(int budgetCount) {
        return new HealthReport(true, budgetCount, "");
    }

    static HealthReport failing(String problem) {
        return new HealthReport(false, 0, problem);
    }

    public boolean isDatabaseReachable() {
        return databaseReachable;
    }

    public int getBudgetCount() {
        return budgetCount;
    }

    public String getProblem() {
        return problem;
    }
}
