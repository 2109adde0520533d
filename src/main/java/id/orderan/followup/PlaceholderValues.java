package id.orderan.followup;

import id.orderan.base.Rupiah;
import id.orderan.order.BuyerLinks;
import id.orderan.order.CourierService;
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
    private final BuyerLinks links;
    private final CourierService couriers;

    PlaceholderValues(StoreService store, ShippingService shipping, BuyerLinks links, CourierService couriers) {
        this.couriers = couriers;
        this.store = store;
        this.shipping = shipping;
        this.links = links;
    }

    Map<String, String> of(SalesOrder order) {
        Shipment shipment = shipping.latestShipments(List.of(order.getId())).get(order.getId());
        return values(order, shipment, store.profile(), links.orderPage(order),
                order.getCourier() == null ? "" : couriers.display(order.getCourier()).label());
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
        String samplePage = links.orderPage("contohTokenPembeli0001");
        values.put("link_konfirmasi", samplePage);
        values.put("link_lacak", samplePage);
        return values;
    }

    /**
     * @param orderPage the buyer's order page (decision 0130): it shows how to pay and, once a resi is
     *     in, the tracking link, so both links point there ("" for an order without a token)
     */
    static Map<String, String> values(SalesOrder order, @Nullable Shipment shipment, StoreProfile store,
            String orderPage, String courierName) {
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
                .strip() : (courierName + " " + nonNull(order.getCourierService())).strip());
        values.put("resi", shipment == null ? "" : nonNull(shipment.getResi()));
        values.put("link_konfirmasi", orderPage);
        // tracking means something only once there is a resi; before that the line is left out
        values.put("link_lacak", shipment == null || shipment.getResi() == null ? "" : orderPage);
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
