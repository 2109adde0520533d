package id.orderan.followup;

import id.orderan.store.StoreProfile;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.util.Arrays;
import java.util.Date;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.util.List;
import org.springframework.mail.MailException;
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

    /** With a fixed Message-ID: every attempt of one outbox row carries the same one. */
    MimeMessage compose(StoreProfile store, String to, String subject, String body, @Nullable String messageId)
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
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
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

    static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One SMTP connection for a run of the outbox worker: opened on the first message, reopened after an error. */
    Connection connection() {
        return new Connection();
    }

    final class Connection implements AutoCloseable {

        private @Nullable Transport transport;

        /** Never inside a database transaction: a slow server must not hold row locks or a pooled connection. */
        void send(MimeMessage message) throws MessagingException {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("SMTP inside a database transaction");
            }
            if (!(sender instanceof JavaMailSenderImpl impl)) {
                try {
                    sender.send(message);
                } catch (MailException e) {
                    throw new MessagingException(reason(e), e);
                }
                return;
            }
            String messageId = message.getMessageID();
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges(); // would replace our Message-ID with a random one: put it back
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = connect(impl);
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                close(); // the next message starts on a fresh connection
                throw e;
            }
        }

        private Transport connect(JavaMailSenderImpl impl) throws MessagingException {
            String username = impl.getUsername();
            String password = impl.getPassword();
            if ("".equals(username)) { // as JavaMailSenderImpl does: empty means no authentication
                username = null;
                password = "".equals(password) ? null : password;
            }
            String protocol = impl.getProtocol();
            Transport opened = impl.getSession().getTransport(protocol == null ? "smtp" : protocol);
            opened.connect(impl.getHost(), impl.getPort(), username, password);
            return opened;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    private static final Pattern SMTP_REPLY = Pattern.compile("^\\s*([2-5])\\d\\d[ -]");

    /**
     * The server's answer and whether another attempt could help: a 5xx reply (unknown mailbox,
     * rejected content) is final, a 4xx reply or no reply at all (connection refused, timeout) is
     * temporary, and so is a refused login (someone may fix the password meanwhile).
     */
    static FollowUpOutbox.Failure failure(Exception e) {
        String answer = null;
        boolean permanent = false;
        for (Throwable t = e; t != null; t = next(t)) {
            String text = t.getMessage();
            if (text != null) {
                var reply = SMTP_REPLY.matcher(text);
                if (reply.find()) {
                    answer = text.strip();
                    permanent = reply.group(1).equals("5") && !(t instanceof AuthenticationFailedException);
                } else if (answer == null && t instanceof AddressException) {
                    answer = text;
                    permanent = true;
                }
            }
        }
        if (e instanceof AuthenticationFailedException || e.getCause() instanceof AuthenticationFailedException) {
            permanent = false;
        }
        if (answer == null) {
            Exception root = rootOf(e);
            answer = root == e ? reason(e) : reason(e) + " (" + reason(root) + ")";
        }
        return new FollowUpOutbox.Failure(answer, permanent);
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static Exception rootOf(Exception e) {
        Throwable t = e;
        while (next(t) != null) {
            t = next(t);
        }
        return t instanceof Exception root && root.getMessage() != null ? root : e;
    }
}
