package id.orderan.warehouse.ui;

import com.vaadin.flow.component.Component;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.warehouse.BulkResiRow;
import java.util.List;

/** The translated words of bulk resi shared by its parts: a row's reason, the file columns. */
final class BulkResiTexts {

    private BulkResiTexts() {}

    /** The row's reason in the user's language (status labels among the arguments translated too); blank when none. */
    static String reason(Component component, BulkResiRow row) {
        if (row.reasonKey() == null) {
            return "";
        }
        return component.getTranslation(row.reasonKey(),
                UiErrorHandler.translatedArgs(component, row.reasonArgs().toArray()));
    }

    /** order, kurir, resi, layanan: the template's header, names the parser recognises in both languages. */
    static List<String> templateHeaders(Component component) {
        return List.of(component.getTranslation("warehouse.bulk-resi.column.order"),
                component.getTranslation("warehouse.bulk-resi.column.courier"),
                component.getTranslation("warehouse.bulk-resi.column.resi"),
                component.getTranslation("warehouse.bulk-resi.column.service"));
    }

    /** The refused-rows file: row, the template's columns, ongkir (money roles), reason. */
    static List<String> refusedHeaders(Component component, boolean money) {
        var headers = new java.util.ArrayList<String>();
        headers.add(component.getTranslation("warehouse.bulk-resi.column.row"));
        headers.addAll(templateHeaders(component));
        if (money) {
            headers.add(component.getTranslation("warehouse.bulk-resi.column.ongkir"));
        }
        headers.add(component.getTranslation("warehouse.bulk-resi.column.reason"));
        return headers;
    }

    /** The badge style of a status: applied (green), skipped (grey) or refused (red). */
    static String badgeStyle(id.orderan.warehouse.BulkResiStatus status) {
        return switch (status) {
            case OK -> "bulk-ok";
            case DONE -> "bulk-done";
            default -> "bulk-refused";
        };
    }
}
