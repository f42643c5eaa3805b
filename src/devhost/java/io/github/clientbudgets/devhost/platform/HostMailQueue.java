package io.github.clientbudgets.devhost.platform;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's mail queue, without SMTP: every queued mail is kept so that tests (and the dev host's mail page) can read
 * what the plugin would have sent, attachments included: the parts of the mail's multipart
 * ({@code Email.getMultipart()}), each with its file name, content type and decoded bytes, read when the mail is
 * queued (so a part that could not be sent fails the plugin's call here, as it would fail Jira's send).
 */
public final class HostMailQueue implements MailQueue {
    /** A mail as it would leave Jira. */
    public record SentMail(String to, String subject, String body, String mimeType, List<Attachment> attachments) {
        public SentMail(String to, String subject, String body, String mimeType) {
            this(to, subject, body, mimeType, List.of());
        }
    }

    /** One part of a mail's multipart: its file name (null if none), content type and content, decoded. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final List<SentMail> mails = new CopyOnWriteArrayList<>();

    @Override
    public void addItem(MailQueueItem item) {
        if (!(item instanceof SingleMailQueueItem single)) {
            throw new IllegalArgumentException("the dev host queues SingleMailQueueItems only, not " + item);
        }
        Email email = single.getEmail();
        mails.add(new SentMail(email.getTo(), email.getSubject(), email.getBody(), email.getMimeType(),
                attachments(email.getMultipart())));
    }

    private static List<Attachment> attachments(Multipart multipart) {
        if (multipart == null) {
            return List.of();
        }
        try {
            List<Attachment> parts = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                try (InputStream in = part.getInputStream()) {
                    in.transferTo(content);
                }
                parts.add(new Attachment(part.getFileName(), part.getContentType(), content.toByteArray()));
            }
            return List.copyOf(parts);
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("an unreadable mail part: " + e, e);
        }
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
