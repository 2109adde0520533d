package id.orderan.warehouse.ui;

import com.vaadin.flow.component.Component;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Courier codes as the station shows them (the courier's name), asked once per code per screen. */
final class CourierNames {

    private final CourierService couriers;
    private final Component owner;
    private final Map<String, String> labels = new HashMap<>();

    CourierNames(CourierService couriers, Component owner) {
        this.couriers = couriers;
        this.owner = owner;
    }

    String label(@Nullable String code) {
        if (code == null || code.isEmpty()) {
            return owner.getTranslation("warehouse.no-courier");
        }
        return labels.computeIfAbsent(code, c -> couriers.find(c).map(Courier::label).orElse(c));
    }

    /** What a courier code becomes in a component id: letters and digits only. */
    static String idPart(@Nullable String code) {
        return code == null || code.isEmpty() ? "none" : code.replaceAll("[^A-Za-z0-9]", "_");
    }
}
