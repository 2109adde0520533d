package id.orderan.storefront;

/**
 * One buyer submission as the anti-spam screening sees it. {@code clientAddress} is the request's
 * remote address (after the proxy's forwarded headers); {@code honeypot} is the hidden field only bots fill.
 */
record Submission(String name, String phone, String address, String honeypot, String clientAddress) {}
