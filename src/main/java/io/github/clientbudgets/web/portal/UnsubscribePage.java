package io.github.clientbudgets.web.portal;

/**
 * The unsubscribe page of a client mail's link: the question with its form (the link's token and the form's own
 * token as hidden fields), or the outcome. Every value is text, escaped by the template.
 */
public final class UnsubscribePage {
    /** What the page shows. */
    enum State { CONFIRM, DONE, ALREADY, BAD_FORM }

    private final String baseUrl;
    private final State state;
    private final String token;
    private final String formToken;
    private final String budgetName;
    private final String userName;

    UnsubscribePage(String baseUrl, State state, String token, String formToken, String budgetName, String userName) {
        this.baseUrl = baseUrl;
        this.state = state;
        this.token = token;
        this.formToken = formToken;
        this.budgetName = budgetName;
        this.userName = userName;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getToken() {
        return token;
    }

    public String getFormToken() {
        return formToken;
    }

    public String getBudgetName() {
        return budgetName;
    }

    public String getUserName() {
        return userName;
    }

    public boolean isConfirm() {
        return state == State.CONFIRM || state == State.BAD_FORM;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public boolean isAlready() {
        return state == State.ALREADY;
    }

    public boolean isBadForm() {
        return state == State.BAD_FORM;
    }
}
