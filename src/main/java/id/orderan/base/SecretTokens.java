package id.orderan.base;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secrets in buyer URLs (the order page {@code /o/{token}}, private links {@code /p/{token}}):
 * 128 bits from {@link SecureRandom}, URL-safe base64 without padding (22 characters). Unguessable, so
 * the token alone opens its page; unique by its column's index (a collision of two 128-bit values is
 * not a case worth code).
 *
 * @see <a href="../../../../../../docs/decisions/0130-buyer-tokens-and-the-storefront.md">0130 buyer tokens</a>
 */
public final class SecretTokens {

    static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private SecretTokens() {}

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text could be a token: anything else is answered without asking the database. */
    public static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }
}
