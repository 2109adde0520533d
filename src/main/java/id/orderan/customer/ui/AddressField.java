package id.orderan.customer.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.Address;
import id.orderan.customer.Area;
import id.orderan.customer.AreaService;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A structured Indonesian address for a {@code Binder}: the {@link AreaPicker} fills kelurahan/desa,
 * kecamatan, kota/kabupaten and provinsi (read-only while a village is picked, so they always match
 * its code); street and kode pos are typed. Clearing the picker makes the four levels typable again,
 * for the rare address the area data lacks. Used by the customer dialog and the order form.
 */
public class AddressField extends CustomField<Address> {

    private final AreaPicker area;
    private final TextField street = new TextField();
    private final TextField village = new TextField();
    private final TextField district = new TextField();
    private final TextField city = new TextField();
    private final TextField province = new TextField();
    private final TextField postalCode = new TextField();

    public AddressField(AreaService areas) {
        super(Address.empty());
        area = new AreaPicker(areas);
        street.setLabel(getTranslation("address.street"));
        street.setMaxLength(255);
        village.setLabel(getTranslation("address.village"));
        district.setLabel(getTranslation("address.district"));
        city.setLabel(getTranslation("address.city"));
        province.setLabel(getTranslation("address.province"));
        postalCode.setLabel(getTranslation("address.postal-code"));
        postalCode.setMaxLength(5);
        postalCode.setAllowedCharPattern("[0-9]");
        area.addValueChangeListener(e -> {
            showArea(e.getValue());
            if (e.isFromClient()) {
                updateValue();
            }
        });
        for (TextField field : typed()) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    updateValue();
                }
            });
        }
        var layout = new FormLayout(area, street, village, district, city, province, postalCode);
        layout.setColspan(area, 2);
        layout.setColspan(street, 2);
        add(layout);
    }

    /** The picker, for forms that want to focus it or tests that type into it. */
    public AreaPicker areaPicker() {
        return area;
    }

    private List<TextField> typed() {
        return List.of(street, village, district, city, province, postalCode);
    }

    private void showArea(@Nullable Area picked) {
        if (picked != null) {
            village.setValue(picked.village());
            district.setValue(picked.district());
            city.setValue(picked.regency());
            province.setValue(picked.province());
        }
        for (TextField level : List.of(village, district, city, province)) {
            level.setReadOnly(picked != null || isReadOnly());
        }
    }

    @Override
    protected Address generateModelValue() {
        Area picked = area.getValue();
        return new Address(street.getValue(), village.getValue(), district.getValue(), city.getValue(),
                province.getValue(), postalCode.getValue(), picked == null ? null : picked.villageCode());
    }

    @Override
    protected void setPresentationValue(@Nullable Address address) {
        Address value = address == null ? Address.empty() : address;
        street.setValue(Objects.requireNonNullElse(value.street(), ""));
        village.setValue(Objects.requireNonNullElse(value.village(), ""));
        district.setValue(Objects.requireNonNullElse(value.district(), ""));
        city.setValue(Objects.requireNonNullElse(value.city(), ""));
        province.setValue(Objects.requireNonNullElse(value.province(), ""));
        postalCode.setValue(Objects.requireNonNullElse(value.postalCode(), ""));
        area.setValue(value.villageCode() == null ? null : new Area(value.villageCode(),
                Objects.requireNonNullElse(value.village(), ""), Objects.requireNonNullElse(value.district(), ""),
                Objects.requireNonNullElse(value.city(), ""), Objects.requireNonNullElse(value.province(), "")));
    }

    @Override
    public Address getEmptyValue() {
        return Address.empty();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        area.setReadOnly(readOnly);
        street.setReadOnly(readOnly);
        postalCode.setReadOnly(readOnly);
        showArea(area.getValue());
    }
}
