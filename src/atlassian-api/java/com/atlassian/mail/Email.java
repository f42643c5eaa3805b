package com.atlassian.mail;

import javax.mail.Multipart;
import java.io.Serializable;

/**
 * Stand-in. Source: atlassian-mail's {@code com.atlassian.mail.Email} (CFR-decompiled copy in GitHub
 * ngannk-fptu/Decompiled-Files, Confluence 8.7.2 libs): a Serializable class, {@code Email(String to)}, fluent
 * setters returning {@code Email}, plain getters. Only the members the code uses. Attachments: atlassian-mail 5.3.0
 * (same repository, {@code com.atlassian.mail_atlassian-mail-5.3.0}) has {@code Email setMultipart(javax.mail.Multipart)}
 * and {@code javax.mail.Multipart getMultipart()}; its {@code MessageCreator} sends the body as an inline first part
 * of that multipart when both are set. On Jira 11 (Jakarta Mail 2.1) the type is {@code jakarta.mail.Multipart}.
 */
public class Email implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String from;
    private transient Multipart multipart;

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setFrom(String from) {
        this.from = from;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getFrom() {
        return from;
    }

    public Email setMultipart(Multipart multipart) {
        this.multipart = multipart;
        return this;
    }

    public Multipart getMultipart() {
        return multipart;
    }
}
