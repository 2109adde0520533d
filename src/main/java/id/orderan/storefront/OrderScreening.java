package id.orderan.storefront;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens one order-form submission before an order is placed (issue 13, "spam and fake orders"):
 * <ol>
 * <li>honeypot filled → {@link Screening.Trap} (nothing counted, nothing stored);</li>
 * <li>over the hourly limit of its WhatsApp number or of its client address → {@link Screening.TooMany}
 * (not counted either: a refused flood adds no rows, and the wait is exact);</li>
 * <li>otherwise the submission is counted and accepted, with the soft rules' reasons (name or address
 * too short, on the block list) as the "perlu dicek" reason.</li>
 * </ol>
 * Call it once per submission that would place an order: after the form's own checks passed, before
 * placing, and not for a replay of an idempotency key that already has its order (that is not a new
 * attempt). Its own transaction, so the attempt counts even when placing the order fails afterwards.
 *
 * <p>Race: the count and the insert are not serialised, so N submissions racing at the limit may all
 * pass (an overshoot of at most the number of simultaneous requests per key); accepted on purpose,
 * as locking a key's range would make every buyer wait on every other (decision 0146).
 *
 * @see <a href="../../../../../../docs/decisions/0145-anti-spam-rules.md">0145 anti-spam rules</a>
 * @see <a href="../../../../../../docs/decisions/0146-counting-order-attempts.md">0146 counting attempts</a>
 */
@Component
class OrderScreening {

    /** The flag's reason fits {@code sales_order.review_reason}. */
    static final int MAX_REASON = 300;
    static final String BLOCKED = "nomor/alamat ada di daftar blokir";
    /** The client address column's size; longer (odd) values are cut, they still count. */
    private static final int MAX_CLIENT_ADDRESS = 64;
    private static final int MAX_PHONE = 20;

    private final ScreeningRules rules;
    private final OrderAttempts attempts;
    private final Clock clock;

    OrderScreening(ScreeningRules rules, OrderAttempts attempts, Clock clock) {
        this.rules = rules;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Screening screen(Submission submission) {
        if (!submission.honeypot().isBlank()) {
            return new Screening.Trap();
        }
        ScreeningRules.Rules current = rules.current();
        AntiSpamSettings settings = current.settings();
        Instant now = clock.instant();
        String phone = phoneKey(submission.phone());
        String address = cut(submission.clientAddress().strip(), MAX_CLIENT_ADDRESS);
        long wait = Math.max(
                phone == null ? 0 : attempts.waitSeconds(OrderAttempts.Key.PHONE, phone, settings.maxPerPhonePerHour(), now),
                attempts.waitSeconds(OrderAttempts.Key.ADDRESS, address, settings.maxPerAddressPerHour(), now));
        if (wait > 0) {
            return new Screening.TooMany(wait);
        }
        attempts.record(phone, address, now);
        attempts.pruneIfDue();
        return new Screening.Accept(reason(submission, settings, current.blockList()));
    }

    /** The soft rules' reasons in Indonesian, joined with "; ", or null when none applies. */
    static @Nullable String reason(Submission submission, AntiSpamSettings settings, BlockList blockList) {
        List<String> reasons = new ArrayList<>();
        int name = letters(submission.name());
        if (name < settings.minNameLength()) {
            reasons.add("nama kurang dari " + settings.minNameLength() + " huruf");
        }
        int address = BlockList.addressWords(submission.address()).length();
        if (address < settings.minAddressLength()) {
            reasons.add("alamat kurang dari " + settings.minAddressLength() + " karakter");
        }
        if (blockList.matches(submission.phone(), submission.address())) {
            reasons.add(BLOCKED);
        }
        return reasons.isEmpty() ? null : cut(String.join("; ", reasons), MAX_REASON);
    }

    /** Letters and digits only: "A." or ". . ." is not a name of three characters. */
    private static int letters(String name) {
        return (int) name.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * The number the limit counts by: normalised when plausible (all spellings of one number are one
     * key), else the digits typed; null when there are none (the address limit still applies).
     */
    private static @Nullable String phoneKey(String typed) {
        String key = BlockList.normalizedPhone(typed).orElse(typed.replaceAll("[^0-9]", ""));
        return key.isEmpty() ? null : cut(key, MAX_PHONE);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
