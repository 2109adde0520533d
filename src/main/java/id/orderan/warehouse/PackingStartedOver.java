package id.orderan.warehouse;

/**
 * Published by the packing service when an order's packing was started over (its ticks dropped), in the
 * same transaction: a packed order goes back from Sudah dikemas to Siap dikemas on open Gudang screens.
 *
 * @param wasPacked whether the order had been packed (else only partial ticks were dropped)
 */
public record PackingStartedOver(long orderId, String orderNumber, boolean wasPacked) {}
