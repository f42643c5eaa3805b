package io.github.clientbudgets.budget;

public enum BudgetStatus {
    OPEN, CLOSED
}
