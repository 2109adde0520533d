package id.orderan.order;

import id.orderan.security.Permissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The shop's courier list: every screen that offers a courier (order form, resi, bulk resi, handover)
 * and every document that prints one asks here. Owned by {@code order} because the order already
 * records the buyer's courier and the order forms list them without importing shipping.
 */
@Service
public class CourierService {

    /** The couriers staff and buyers may choose, in list order. */
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Courier> active() {
        return Arrays.asList(Courier.values());
    }

    /** The courier stored under this code, active or not (old orders keep theirs). */
    @PreAuthorize(Permissions.SIGNED_IN)
    public Optional<Courier> find(String code) {
        return Arrays.stream(Courier.values()).filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The courier a person or a courier's booking file means: its code or its name, ignoring case,
     * spaces and punctuation ("J&T", "jnt", "J&T Express"); empty when nothing matches.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    public Optional<Courier> match(String typed) {
        String key = key(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(Courier.values())
                .filter(c -> key(c.code()).equals(key) || key(c.label()).equals(key)
                        || key(c.label()).startsWith(key) && key.length() >= 3)
                .findFirst();
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", "n").replaceAll("[^a-z0-9]", "");
    }
}
