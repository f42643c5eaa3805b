package io.github.clientbudgets.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Base64;

/**
 * The digest through Jira's mail queue (Jira's mail server settings, Jira's retries, never blocking the job): plain
 * text, the CSV attached. atlassian-mail takes attachments as a JavaMail {@code Multipart}
 * ({@code Email.setMultipart}) and sends the body as its inline first part. That type is {@code javax.mail.Multipart}
 * on Jira 10 and {@code jakarta.mail.Multipart} on Jira 11 (Jakarta Mail 2.1), where the mail packages moved; both
 * have the same {@code internet.MimeMultipart}, {@code internet.MimeBodyPart(InternetHeaders, byte[])} and
 * {@code internet.InternetHeaders}. So the attachment is built in whichever mail package {@code setMultipart} names,
 * with the class loader that loaded it: one class for both Jiras, and the plugin imports neither mail package.
 * The part carries its headers and its content base64-encoded (the bytes a MIME body part holds as they are).
 */
public class MailQueueDigestMailer implements DigestMailer {
    private final MailQueue mailQueue;

    public MailQueueDigestMailer(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    @Override
    public void send(DigestMail mail) {
        Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.body()).setMimeType("text/plain");
        attach(email, mail.attachmentName(), mail.attachmentType(), mail.attachment());
        mailQueue.addItem(new SingleMailQueueItem(email));
    }

    /** Attaches one file (an ASCII file name, as the app's are) to the mail. */
    static void attach(Email email, String fileName, String contentType, byte[] content) {
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("an attachment's name is plain ASCII: " + fileName);
        }
        try {
            Method setMultipart = Arrays.stream(Email.class.getMethods())
                    .filter(m -> m.getName().equals("setMultipart") && m.getParameterCount() == 1).findFirst()
                    .orElseThrow(() -> new IllegalStateException("atlassian-mail's Email has no setMultipart"));
            Class<?> multipartType = setMultipart.getParameterTypes()[0];
            String mail = multipartType.getPackageName();
            ClassLoader loader = multipartType.getClassLoader();
            Class<?> headersType = Class.forName(mail + ".internet.InternetHeaders", true, loader);
            Object headers = headersType.getConstructor().newInstance();
            Method addHeader = headersType.getMethod("addHeader", String.class, String.class);
            addHeader.invoke(headers, "Content-Type", contentType + "; name=\"" + fileName + "\"");
            addHeader.invoke(headers, "Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            addHeader.invoke(headers, "Content-Transfer-Encoding", "base64");
            Class<?> partType = Class.forName(mail + ".internet.MimeBodyPart", true, loader);
            Object part = partType.getConstructor(headersType, byte[].class)
                    .newInstance(headers, Base64.getMimeEncoder().encode(content));
            Class<?> multipartImpl = Class.forName(mail + ".internet.MimeMultipart", true, loader);
            Object multipart = multipartImpl.getConstructor().newInstance();
            multipartImpl.getMethod("addBodyPart", Class.forName(mail + ".BodyPart", true, loader)).invoke(multipart, part);
            setMultipart.invoke(email, multipart);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the attachment " + fileName + " could not be made: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaMail is not where atlassian-mail's Email says: " + e, e);
        }
    }
}
