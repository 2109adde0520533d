package id.orderan.order;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An admin's courier as typed: a new one when {@code version} is null (the code is then fixed for
 * good, orders store it), else an edit of the version they loaded.
 *
 * @param trackingUrlTemplate blank or null: no tracking link
 */
public record CourierCommand(String code, String name, List<String> services, @Nullable String trackingUrlTemplate,
        boolean active, @Nullable Long version) {}
