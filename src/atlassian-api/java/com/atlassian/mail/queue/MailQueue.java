package com.atlassian.mail.queue;

/**
 * Stand-in. Jira's mail queue; {@code addItem(MailQueueItem)} usage-confirmed in many Jira plugins
 * ({@code ComponentAccessor.getMailQueue().addItem(new SingleMailQueueItem(email))}). Only what the code calls.
 */
public interface MailQueue {
    void addItem(MailQueueItem item);
}
