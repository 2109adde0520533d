package id.orderan.warehouse;

import org.jspecify.annotations.Nullable;

/**
 * The answer to an accepted item scan.
 *
 * @param tickedSku the line that got the unit (null for a repeated request, which changed nothing)
 * @param packedNow this scan was the last unit: the order is packed
 * @param repeated  the same scan id was already counted: nothing changed
 */
public record ScanResult(PackingSheet sheet, @Nullable String tickedSku, boolean packedNow, boolean repeated) {}
