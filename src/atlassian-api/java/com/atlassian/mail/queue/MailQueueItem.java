package com.atlassian.mail.queue;

/**
 * Stand-in. What {@link MailQueue#addItem} takes; atlassian-mail's AbstractMailQueueItem implements it. Its members
 * are not used by our code (the dev host reads {@link SingleMailQueueItem#getEmail()}).
 */
public interface MailQueueItem {
}
