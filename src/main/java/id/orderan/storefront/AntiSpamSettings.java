package id.orderan.storefront;

/**
 * The numbers of Pengaturan › Anti-spam. A limit of 0 means "no limit".
 *
 * @param minNameLength a shorter buyer name flags the order "perlu dicek"
 * @param minAddressLength a shorter address flags the order
 * @param maxPerPhonePerHour submissions per WhatsApp number per hour; more are refused (429)
 * @param maxPerAddressPerHour submissions per client address per hour; more are refused (429). Mobile
 *     carriers put many buyers behind one address (CGNAT), hence the generous default
 * @param version the version this was read with ({@link #NEVER_SAVED} while the defaults apply)
 * @see <a href="../../../../../../docs/decisions/0145-anti-spam-rules.md">0145 anti-spam rules</a>
 */
public record AntiSpamSettings(int minNameLength, int minAddressLength, int maxPerPhonePerHour,
        int maxPerAddressPerHour, long version) {

    public static final long NEVER_SAVED = -1;
    public static final AntiSpamSettings DEFAULTS = new AntiSpamSettings(3, 15, 5, 30, NEVER_SAVED);

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final int MAX_PER_PHONE = 1_000;
    public static final int MAX_PER_ADDRESS = 100_000;

    public AntiSpamSettings withVersion(long newVersion) {
        return new AntiSpamSettings(minNameLength, minAddressLength, maxPerPhonePerHour, maxPerAddressPerHour,
                newVersion);
    }
}
