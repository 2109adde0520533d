/**
 * The warehouse station for tablets ({@code /gudang}): the packing queues, picklists and packlists,
 * scan-to-pack, bulk resi and the handover to the courier. It sits on top of {@code shipping} (the resi
 * and delivery go through {@code ShippingService}), {@code catalog} (barcodes, rack locations) and
 * {@code document} (its PDFs). The modules it may use are checked by {@code ModularityTest} (decision 0101).
 *
 * @see <a href="../../../../../../docs/decisions/0185-the-warehouse-station-is-its-own-module-and-shell.md">0185</a>
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "base::dataio", "security", "catalog", "store",
        "order", "order::ui", "shipping", "document"})
@NullMarked
package id.orderan.warehouse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
