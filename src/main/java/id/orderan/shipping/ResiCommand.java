package id.orderan.shipping;

import id.orderan.order.Courier;

/**
 * A tracking number for an order. {@code duplicateConfirmed}: staff saw the warning that another
 * order has the same resi and save anyway (a combined parcel, say).
 */
public record ResiCommand(String orderNumber, Courier courier, String service, String resi,
        boolean duplicateConfirmed) {}
