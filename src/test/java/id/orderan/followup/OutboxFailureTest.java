package id.orderan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which SMTP failures are worth another attempt, and which answer is kept. */
class OutboxFailureTest {

    @Test
    void a_mailbox_the_server_rejects_is_final_and_its_reply_is_kept() {
        var refused = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <siti@tokoku.id>: Recipient address rejected: User unknown"));

        FollowUpOutbox.Failure failure = FollowUpMail.failure(refused);

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.answer()).isEqualTo("550 5.1.1 <siti@tokoku.id>: Recipient address rejected: User unknown");
    }

    @Test
    void a_busy_server_an_unreachable_one_and_a_refused_login_are_tried_again() {
        assertThat(FollowUpMail.failure(new MessagingException("451 4.7.1 Try again later")).permanent()).isFalse();
        FollowUpOutbox.Failure down = FollowUpMail.failure(new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 3025; timeout 5000", new ConnectException("Connection refused")));
        assertThat(down.permanent()).isFalse();
        assertThat(down.answer()).contains("3025", "Connection refused");
        assertThat(FollowUpMail.failure(new AuthenticationFailedException("535 5.7.8 Authentication failed"))
                .permanent()).isFalse();
    }
}
