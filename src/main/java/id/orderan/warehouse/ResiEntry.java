package id.orderan.warehouse;

/**
 * The resi of a packed order, entered at the station.
 *
 * @param courierCode a code of {@code CourierService}'s list (prefilled with the order's courier)
 * @param duplicateConfirmed staff saw that another order has this resi and save anyway
 */
public record ResiEntry(String orderNumber, String courierCode, String service, String resi,
        boolean duplicateConfirmed) {}
