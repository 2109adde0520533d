package id.orderan.warehouse.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Badge;
import id.orderan.warehouse.BulkResiRow;
import id.orderan.warehouse.BulkResiStatus;
import java.util.List;
import java.util.Map;

/**
 * The checked rows: the counts per status on top, then one line per row — row number, order, courier,
 * resi, and the status badge with its reason. Cells wrap instead of widening the grid, so nothing
 * needs horizontal scrolling at 768 px. The ongkir column exists for ADMIN and CS only.
 * Ids: {@code bulk-resi-counts}, {@code bulk-resi-grid}.
 */
class BulkResiGrid extends Div {

    final Div counts = new Div();
    final Grid<BulkResiRow> grid = new Grid<>();
    private final Grid.Column<BulkResiRow> ongkir;

    BulkResiGrid() {
        addClassName("orderan-bulk-resi-results");
        counts.setId("bulk-resi-counts");
        counts.addClassName("orderan-bulk-resi-counts");
        grid.setId("bulk-resi-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BulkResiRow::row).setHeader("#").setKey("row").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(BulkResiRow::orderNumber).setHeader(getTranslation("warehouse.bulk-resi.column.order"))
                .setKey("order").setFlexGrow(2);
        grid.addColumn(BulkResiRow::courierText).setHeader(getTranslation("warehouse.bulk-resi.column.courier"))
                .setKey("courier").setFlexGrow(1);
        grid.addColumn(BulkResiRow::resi).setHeader(getTranslation("warehouse.bulk-resi.column.resi"))
                .setKey("resi").setFlexGrow(2);
        ongkir = grid.addColumn(this::ongkirText).setHeader(getTranslation("warehouse.bulk-resi.column.ongkir"))
                .setKey("ongkir").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("warehouse.bulk-resi.column.status"))
                .setKey("status").setFlexGrow(3);
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        add(counts, grid);
        setVisible(false);
    }

    /** Shows these rows; the counts are of the whole list. */
    void show(List<BulkResiRow> rows, Map<BulkResiStatus, Integer> perStatus, boolean money) {
        counts.removeAll();
        perStatus.forEach((status, count) -> {
            var badge = Badge.of(getTranslation(status.labelKey()) + ": " + count, BulkResiTexts.badgeStyle(status));
            badge.setId("bulk-resi-count-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            counts.add(badge);
        });
        ongkir.setVisible(money);
        grid.setItems(rows);
        setVisible(true);
    }

    void clear() {
        grid.setItems(List.of());
        counts.removeAll();
        setVisible(false);
    }

    private Div status(BulkResiRow row) {
        var cell = new Div(Badge.of(getTranslation(row.status().labelKey()), BulkResiTexts.badgeStyle(row.status())));
        cell.addClassName("orderan-bulk-resi-status");
        String reason = BulkResiTexts.reason(this, row);
        if (row.ongkirDiffers()) {
            reason = (reason.isEmpty() ? "" : reason + " ") + getTranslation("warehouse.bulk-resi.ongkir-differs",
                    Rupiah.format(row.orderOngkir() == null ? 0 : row.orderOngkir()));
        }
        if (!reason.isEmpty()) {
            cell.add(new Span(reason));
        }
        return cell;
    }

    private String ongkirText(BulkResiRow row) {
        return row.ongkir() == null ? "" : Rupiah.format(row.ongkir());
    }
}
