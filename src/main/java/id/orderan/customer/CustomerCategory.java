package id.orderan.customer;

import id.orderan.base.Labelled;
import java.util.Locale;

/** How the seller classifies a buyer; drives prices later and filters List Order. */
public enum CustomerCategory implements Labelled {
    RESELLER,
    DROPSHIPPER,
    AGEN,
    DISTRIBUTOR,
    UMUM;

    /** Translation key of the label shown in badges and filters. */
    @Override
    public String labelKey() {
        return "customer.category." + name().toLowerCase(Locale.ROOT);
    }
}
