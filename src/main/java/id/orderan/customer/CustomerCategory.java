package id.orderan.customer;

/** How the seller classifies a buyer; drives prices later and filters List Order. */
public enum CustomerCategory {
    RESELLER,
    DROPSHIPPER,
    AGEN,
    DISTRIBUTOR,
    UMUM;

    /** Translation key of the label shown in badges and filters. */
    public String labelKey() {
        return "customer.category." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
