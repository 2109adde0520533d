package id.orderan.order;

/**
 * The buyer's order page address as staff copy it ({@code orderan.public-url} + {@code /o/{token}}),
 * with the order's version to re-issue against.
 */
public record BuyerLink(String url, long version) {}
