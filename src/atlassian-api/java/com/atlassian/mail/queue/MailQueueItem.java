package com.atlassian.mail.queue;

/**
 * Stand-in. Source: atlassian-mail (CFR-decompiled copy, Confluence 8.7.2 libs, GitHub ngannk-fptu/Decompiled-Files):
 * an interface, what {@link MailQueue#addItem} takes; atlassian-mail's AbstractMailQueueItem implements it. Its members
 * are not used by our code (the dev host reads {@link SingleMailQueueItem#getEmail()}).
 */
public interface MailQueueItem {
}
