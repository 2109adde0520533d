package id.orderan.storefront;

/**
 * One buyer submission as the screening sees it: the fields as typed. {@code clientAddress} is the
 * request's remote address (after forwarded headers); {@code honeypot} is the hidden field a person
 * never fills.
 */
record Submission(String name, String phone, String address, String honeypot, String clientAddress) {}
