package id.orderan.warehouse;

/**
 * Published by the handover service when a manifest closes (its parcels are handed over), in the same
 * transaction: open Gudang screens drop those orders from Siap diserahkan once it commits.
 */
public record ManifestClosed(long manifestId, String manifestNumber, String courierCode, int parcels) {}
