package id.orderan.order;

import id.orderan.base.Address;
import org.jspecify.annotations.Nullable;

/** Where an order goes: may differ from the buyer's own address (gifts, dropship). */
public record ShippingDetails(String recipientName, @Nullable String recipientPhone, Address address) {}
