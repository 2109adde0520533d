package id.orderan.followup;

import id.orderan.store.StoreProfile;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Follow-up emails: plain text as typed plus an HTML part from {@code templates/mail/follow-up.html}
 * (Thymeleaf escapes the text), from the store's name, replies to the store's address.
 */
@Component
class FollowUpMail {

    private final JavaMailSender sender;
    private final ITemplateEngine templates;

    FollowUpMail(JavaMailSender sender, ITemplateEngine templates) {
        this.sender = sender;
        this.templates = templates;
    }

    MimeMessage compose(StoreProfile store, String to, String subject, String body)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setTo(to);
        if (!store.email().isBlank()) {
            helper.setFrom(store.email(), store.name());
            helper.setReplyTo(store.email());
        }
        helper.setSubject(subject.isBlank() ? store.name() : subject);
        helper.setText(body, html(store, subject, body));
        return message;
    }

    String html(StoreProfile store, String subject, String body) {
        var context = new Context();
        context.setVariable("store", store);
        context.setVariable("subject", subject);
        context.setVariable("paragraphs", paragraphs(body));
        return templates.process("mail/follow-up", context);
    }

    /** Blank lines separate paragraphs; single line breaks stay line breaks. */
    static List<List<String>> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\\R\\s*\\R")).map(p -> List.of(p.split("\\R"))).toList();
    }

    /** One message; the exception says why the server refused it. */
    void send(MimeMessage message) throws MailException {
        sender.send(message);
    }

    /**
     * Many messages over one SMTP connection (a new connection per message costs more than the
     * message). Returns the messages that failed and why; an empty map means all were accepted.
     */
    Map<MimeMessage, String> sendAll(List<MimeMessage> messages) {
        Map<MimeMessage, String> failed = new HashMap<>();
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                messages.forEach(m -> failed.put(m, reason(e)));
            }
            e.getFailedMessages().forEach((message, cause) -> failed.put((MimeMessage) message, reason(cause)));
        } catch (MailException e) {
            messages.forEach(m -> failed.put(m, reason(e)));
        }
        return failed;
    }

    static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
