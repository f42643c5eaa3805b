package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.question.Question;

/** One client question for the team: the client's text as written (the template escapes it) and its state. */
public final class TeamQuestionView {
    private final Question question;
    private final String budgetName;
    private final String budgetUrl;
    private final String clientName;
    private final String entry;
    private final String answeredBy;
    private final boolean mayClose;
    private final Formats formats;

    TeamQuestionView(Question question, String budgetName, String budgetUrl, String clientName, String entry,
                     String answeredBy, boolean mayClose, Formats formats) {
        this.question = question;
        this.budgetName = budgetName;
        this.budgetUrl = budgetUrl;
        this.clientName = clientName;
        this.entry = entry;
        this.answeredBy = answeredBy;
        this.mayClose = mayClose;
        this.formats = formats;
    }

    public long getId() {
        return question.id();
    }

    public long getEntryId() {
        return question.entryId();
    }

    public String getBudgetName() {
        return budgetName;
    }

    public String getBudgetUrl() {
        return budgetUrl;
    }

    public String getClientName() {
        return clientName;
    }

    public String getEntry() {
        return entry;
    }

    public String getAsked() {
        return formats.dateTime(question.createdAt());
    }

    public String getMessage() {
        return question.message();
    }

    public String getState() {
        return question.state().name();
    }

    public String getStateKey() {
        return "client-budgets.question.state." + question.state().name();
    }

    public boolean isOpen() {
        return question.open();
    }

    /** Whether the caller may confirm or correct it now: it is open and he approves the budget's time. */
    public boolean isMayClose() {
        return mayClose && question.open();
    }

    public String getAnswer() {
        return question.answer() == null ? "" : question.answer();
    }

    public String getAnsweredBy() {
        return answeredBy == null ? "" : answeredBy;
    }

    public String getRequestKey() {
        return question.requestKey() == null ? "" : question.requestKey();
    }
}
