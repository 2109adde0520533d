package id.orderan.customer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import id.orderan.customer.Area;
import id.orderan.customer.AreaService;

/**
 * Finds a kelurahan/desa as staff type any words of its village, district, regency or province
 * ("caturtunggal", "depok sleman") and shows "Caturtunggal, Depok, Kab. Sleman, DI Yogyakarta".
 * Lazy: each page of suggestions is one in-memory index lookup. Reusable in any form; most forms
 * want the whole {@link AddressField}.
 */
public class AreaPicker extends ComboBox<Area> {

    public AreaPicker(AreaService areas) {
        setLabel(getTranslation("address.area"));
        setPlaceholder(getTranslation("address.area-placeholder"));
        setHelperText(getTranslation("address.area-helper"));
        setItems(query -> areas.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        setItemLabelGenerator(Area::label);
        setClearButtonVisible(true);
        addClassName("orderan-area-picker");
    }
}
