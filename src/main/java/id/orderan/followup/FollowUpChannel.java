package id.orderan.followup;

/** How a buyer was reminded. */
public enum FollowUpChannel {
    WHATSAPP,
    EMAIL
}
