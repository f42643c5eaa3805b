package io.github.clientbudgets.digest;

/** Hands a digest mail to whatever sends it (Jira's mail queue). */
public interface DigestMailer {
    void send(DigestMail mail);
}
