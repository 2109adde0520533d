/**
 * Data in and out, for any feature: tabular export (CSV, XLSX) streamed row by row, CSV import
 * reading with line numbers and caps, and the import pipeline (parse → validate → preview →
 * confirm → apply in batches → summary). Knows no feature; features implement
 * {@link id.orderan.base.dataio.ImportTarget} and write rows into a {@link id.orderan.base.dataio.TableWriter}.
 * Open to other modules as {@code base::dataio} (a Spring Modulith named interface).
 *
 * @see "docs/decisions/0050-data-import-and-export.md"
 */
@NamedInterface("dataio")
@NullMarked
package id.orderan.base.dataio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
