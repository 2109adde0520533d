package id.orderan.storefront;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Private link tokens, made like the buyer tokens of orders ({@code order.BuyerTokens}, decision 0130):
 * 128 bits from {@link SecureRandom}, URL-safe base64 without padding (22 characters).
 *
 * @see <a href="../../../../../../docs/decisions/0140-private-link-token-and-single-use.md">0140</a>
 */
final class LinkTokens {

    private static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private LinkTokens() {}

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Anything not shaped like a token is answered without asking the database. */
    static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }
}
