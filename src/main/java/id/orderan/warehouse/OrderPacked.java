package id.orderan.warehouse;

/**
 * Published by the packing service when an order's last item was scanned (order_packing.packed_at
 * set), in the same transaction. The Gudang home moves the order from Siap dikemas to Sudah dikemas
 * when the change committed.
 *
 * @see <a href="../../../../../../docs/decisions/0171-gudang-home-live-updates.md">0171</a>
 */
public record OrderPacked(long orderId, String orderNumber, String packedBy) {}
