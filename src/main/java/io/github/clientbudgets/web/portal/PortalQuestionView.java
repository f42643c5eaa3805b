package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.question.Question;
import io.github.clientbudgets.question.QuestionState;

/** One question in the client's "Questions" list: his text as written (the template escapes it), the team's answer. */
public final class PortalQuestionView {
    private final Question question;
    private final String entry;
    private final Formats formats;

    /** @param entry what the entry was when asked about, as the Time tab shows it ("" when it is no longer listed) */
    PortalQuestionView(Question question, String entry, Formats formats) {
        this.question = question;
        this.entry = entry;
        this.formats = formats;
    }

    public long getId() {
        return question.id();
    }

    public String getAsked() {
        return formats.dateTime(question.createdAt());
    }

    public String getEntry() {
        return entry;
    }

    public String getState() {
        return question.state().name();
    }

    public String getStateKey() {
        return "client-budgets.question.state." + question.state().name();
    }

    public boolean isCorrected() {
        return question.state() == QuestionState.CORRECTED;
    }

    public String getMessage() {
        return question.message();
    }

    public String getAnswer() {
        return question.answer() == null ? "" : question.answer();
    }

    public String getRequestKey() {
        return question.requestKey() == null ? "" : question.requestKey();
    }
}
