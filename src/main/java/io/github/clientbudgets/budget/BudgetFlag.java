package io.github.clientbudgets.budget;

/** The budget's switches, each written on its own (one column, one UPDATE) so that toggles never lose each other. */
public enum BudgetFlag {
    CLIENT_ACCESS(BudgetEntity.CLIENT_ACCESS, "clientAccess"),
    SHOW_PERSON_NAMES(BudgetEntity.SHOW_PERSON_NAMES, "showPersonNames"),
    SHOW_COMMENTS(BudgetEntity.SHOW_COMMENTS, "showComments"),
    SHOW_FORECAST(BudgetEntity.SHOW_FORECAST, "showForecast"),
    APPROVAL_REQUIRED(BudgetEntity.APPROVAL_REQUIRED, "approvalRequired");

    private final String column;
    private final String field;

    BudgetFlag(String column, String field) {
        this.column = column;
        this.field = field;
    }

    String column() {
        return column;
    }

    /** The name in JSON and in the audit. */
    public String field() {
        return field;
    }
}
