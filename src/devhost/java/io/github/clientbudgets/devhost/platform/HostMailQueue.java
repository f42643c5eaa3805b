package io.github.clientbudgets.devhost.platform;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's mail queue, without SMTP: every queued mail is kept so that tests (and the dev host's mail page) can read
 * what the plugin would have sent.
 */
public final class HostMailQueue implements MailQueue {
    /** A mail as it would leave Jira. */
    public record SentMail(String to, String subject, String body, String mimeType) {
    }

    private final List<SentMail> mails = new CopyOnWriteArrayList<>();

    @Override
    public void addItem(MailQueueItem item) {
        if (!(item instanceof SingleMailQueueItem single)) {
            throw new IllegalArgumentException("the dev host queues SingleMailQueueItems only, not " + item);
        }
        Email email = single.getEmail();
        mails.add(new SentMail(email.getTo(), email.getSubject(), email.getBody(), email.getMimeType()));
    }

    public List<SentMail> sentMails() {
        return List.copyOf(mails);
    }

    public List<SentMail> sentTo(String address) {
        return mails.stream().filter(m -> m.to().equals(address)).toList();
    }

    public void clear() {
        mails.clear();
    }
}
