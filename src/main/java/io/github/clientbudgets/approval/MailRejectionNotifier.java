package io.github.clientbudgets.approval;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.timeentry.TimeEntry;

/**
 * The rejection e-mail, through Jira's mail queue (so it is sent with Jira's mail server settings, retried by Jira,
 * and never blocks the reviewer's request). Plain text: the reason is the reviewer's own words, never HTML.
 */
public class MailRejectionNotifier implements RejectionNotifier {
    private final MailQueue mailQueue;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public MailRejectionNotifier(MailQueue mailQueue, Permissions permissions, I18nResolver i18n,
                                 ApplicationProperties application) {
        this.mailQueue = mailQueue;
        this.permissions = permissions;
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public void rejected(TimeEntry entry, String issueKey, String reviewerKey, String reason) {
        permissions.emailAddress(entry.authorKey()).ifPresent(address -> mailQueue.addItem(new SingleMailQueueItem(
                new Email(address)
                        .setSubject(i18n.getText("client-budgets.mail.rejected.subject", issueKey, entry.workDay().toString()))
                        .setBody(i18n.getText("client-budgets.mail.rejected.body", permissions.displayName(entry.authorKey()),
                                issueKey, entry.workDay().toString(), Hours.format(entry.seconds()),
                                permissions.displayName(reviewerKey), reason,
                                application.getBaseUrl(UrlMode.CANONICAL) + AppUrls.MY_TIME))
                        .setMimeType("text/plain"))));
    }
}
