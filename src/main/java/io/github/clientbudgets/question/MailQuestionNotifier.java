package io.github.clientbudgets.question;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.permission.Permissions;

/**
 * The owner's e-mail about a question on a project without a service desk, through Jira's mail queue (Jira's mail
 * server settings, retried by Jira, never blocking the client's request). Plain text: the message is the client's own
 * words, never HTML.
 */
public class MailQuestionNotifier implements QuestionNotifier {
    private final MailQueue mailQueue;
    private final Permissions permissions;
    private final I18nResolver i18n;

    public MailQuestionNotifier(MailQueue mailQueue, Permissions permissions, I18nResolver i18n) {
        this.mailQueue = mailQueue;
        this.permissions = permissions;
        this.i18n = i18n;
    }

    @Override
    public void asked(String ownerKey, String clientKey, String budgetName, String entryText, String message, String link) {
        if (ownerKey == null) {
            return;
        }
        permissions.emailAddress(ownerKey).ifPresent(address -> mailQueue.addItem(new SingleMailQueueItem(
                new Email(address)
                        .setSubject(i18n.getText("client-budgets.mail.question.subject", budgetName, entryText))
                        .setBody(i18n.getText("client-budgets.mail.question.body", permissions.displayName(ownerKey),
                                permissions.displayName(clientKey), budgetName, entryText, message, link))
                        .setMimeType("text/plain"))));
    }
}
