package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Stand-in. Source: atlassian-mail's {@code SingleMailQueueItem} (CFR-decompiled copy, Confluence 8.7.2 libs):
 * {@code public SingleMailQueueItem(Email)}, {@code public Email getEmail()}; the real class extends
 * AbstractMailQueueItem (implements MailQueueItem), left out here.
 */
public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
