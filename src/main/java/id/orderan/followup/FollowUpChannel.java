package id.orderan.followup;

import id.orderan.base.Labelled;
import java.util.Locale;

/** How a buyer was reminded. */
public enum FollowUpChannel implements Labelled {
    WHATSAPP,
    EMAIL;

    @Override
    public String labelKey() {
        return "template.channel." + name().toLowerCase(Locale.ROOT);
    }
}
