package io.github.clientbudgets.question;

/** Tells the budget's owner about a question kept by the app (in Jira: an e-mail through Jira's mail queue). */
public interface QuestionNotifier {
    void asked(String ownerKey, String clientKey, String budgetName, String entryText, String message, String link);
}
