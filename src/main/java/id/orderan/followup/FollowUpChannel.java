package id.orderan.followup;

/** How a buyer was reminded. */
public enum FollowUpChannel {
    WHATSAPP,
    EMAIL;

    public String labelKey() {
        return "template.channel." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
