package io.github.clientbudgets.digest;

/** One digest mail as the app composes it: plain text to one recipient, with the period's CSV attached. */
public record DigestMail(String to, String subject, String body, String attachmentName, String attachmentType,
                         byte[] attachment) {
}
