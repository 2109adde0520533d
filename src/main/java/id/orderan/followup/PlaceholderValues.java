package id.orderan.followup;

import id.orderan.base.Rupiah;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.Shipment;
import id.orderan.shipping.ShippingService;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What each placeholder stands for, for one order (or for the editor's sample order). */
@Component
class PlaceholderValues {

    private final StoreService store;
    private final ShippingService shipping;

    PlaceholderValues(StoreService store, ShippingService shipping) {
        this.store = store;
        this.shipping = shipping;
    }

    Map<String, String> of(SalesOrder order) {
        Shipment shipment = shipping.latestShipments(List.of(order.getId())).get(order.getId());
        return values(order, shipment, store.profile());
    }

    /** A made-up but realistic order: every placeholder has a value, so the preview shows them all. */
    Map<String, String> sample() {
        StoreProfile profile = store.profile();
        Map<String, String> values = new HashMap<>();
        values.put("nama", "Siti Nurhaliza");
        values.put("order_id", "INV-2611-00042");
        values.put("produk", "Kopi Gayo 250 g ×2, Keripik Tempe ×1");
        values.put("total", Rupiah.format(185_000));
        values.put("sisa_bayar", Rupiah.format(135_000));
        values.put("rekening", rekening(profile));
        values.put("toko", profile.name());
        values.put("kurir", "JNE REG");
        values.put("resi", "JNE0123456789");
        values.put("link_konfirmasi", "");
        values.put("link_lacak", "");
        return values;
    }

    static Map<String, String> values(SalesOrder order, @Nullable Shipment shipment, StoreProfile store) {
        Map<String, String> values = new HashMap<>();
        values.put("nama", order.getCustomerName());
        values.put("order_id", order.getOrderNumber());
        values.put("produk", order.getLines().stream().map(l -> l.getProductName() + " ×" + l.getQuantity())
                .collect(Collectors.joining(", ")));
        values.put("total", Rupiah.format(order.getGrandTotal()));
        values.put("sisa_bayar", Rupiah.format(order.remaining()));
        values.put("rekening", rekening(store));
        values.put("toko", store.name());
        values.put("kurir", shipment != null ? (shipment.getCourier().label() + " " + nonNull(shipment.getService()))
                .strip() : (nonNull(order.getCourier()) + " " + nonNull(order.getCourierService())).strip());
        values.put("resi", shipment == null ? "" : nonNull(shipment.getResi()));
        // the buyer pages (confirmation, tracking) do not exist yet: the links stay empty until they do
        values.put("link_konfirmasi", "");
        values.put("link_lacak", "");
        return values;
    }

    private static String rekening(StoreProfile store) {
        return store.banks().stream().map(b -> b.bank() + " " + b.number() + " a.n. " + b.holder())
                .collect(Collectors.joining("\n"));
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
