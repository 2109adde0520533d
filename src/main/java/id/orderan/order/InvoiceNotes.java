package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The per-print invoice note ("Tambah Keterangan") on its way from the print dialog to the PDF. The
 * note stays on the server under a short-lived random token, usable only by the staff member who
 * typed it; the PDF address carries the token, never the text, so a link someone shares or forges
 * cannot print words the seller did not write.
 *
 * @see <a href="../../../../../../docs/decisions/0077-invoice-note-by-server-side-token.md">0077</a>
 */
@Component
public class InvoiceNotes {

    public static final int MAX_LENGTH = 300;
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** A bound on memory: a busy shop prints far fewer noted invoices than this in half an hour. */
    static final int MAX_KEPT = 10_000;
    private static final String MONEY = Permissions.SEES_MONEY;

    private record Kept(String username, String note, Instant expires) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final CurrentUser currentUser;
    private final Clock clock;

    InvoiceNotes(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Keeps a note typed by the signed-in user and returns the token the PDF address may carry. */
    @PreAuthorize(MONEY)
    public String keep(String note) {
        String text = note.strip();
        if (text.isEmpty()) {
            throw new BusinessException("error.invoice-note.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BusinessException("error.invoice-note.too-long", MAX_LENGTH);
        }
        Instant now = clock.instant();
        kept.values().removeIf(k -> !k.expires().isAfter(now));
        if (kept.size() >= MAX_KEPT) {
            throw new BusinessException("error.invoice-note.busy");
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        kept.put(token, new Kept(currentUser.requireUsername(), text, now.plus(LIFETIME)));
        return token;
    }

    /** The note behind a token, only for the user who kept it and only until it expires. */
    @PreAuthorize(MONEY)
    public Optional<String> note(String token) {
        Kept note = kept.get(token);
        if (note == null || !note.expires().isAfter(clock.instant())
                || !note.username().equals(currentUser.requireUsername())) {
            return Optional.empty();
        }
        return Optional.of(note.note());
    }
}
