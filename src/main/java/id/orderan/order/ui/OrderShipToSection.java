package id.orderan.order.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.Address;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.PhoneNumber;
import id.orderan.customer.ui.AddressField;
import org.jspecify.annotations.Nullable;

/** Where the parcel goes: the buyer's own address unless staff change it (a gift, a dropship buyer). */
class OrderShipToSection extends VerticalLayout {

    final TextField recipientName = new TextField();
    final TextField recipientPhone = new TextField();
    final AddressField shipTo;

    OrderShipToSection(AreaService areas) {
        setPadding(false);
        shipTo = new AddressField(areas);
        recipientName.setLabel(getTranslation("order.form.recipient-name"));
        recipientName.setId("order-recipient-name");
        recipientPhone.setLabel(getTranslation("order.form.recipient-phone"));
        recipientPhone.setId("order-recipient-phone");
        shipTo.setId("order-ship-to");
        var recipient = new FormLayout(recipientName, recipientPhone, shipTo);
        recipient.setColspan(shipTo, 2);
        add(new H3(getTranslation("order.form.ship-to")), recipient);
    }

    /** Starts from the chosen buyer's name, phone and address. */
    void shipToBuyer(@Nullable Customer buyer) {
        recipientName.setValue(buyer == null ? "" : buyer.getName());
        recipientPhone.setValue(buyer == null || buyer.getPhone() == null ? "" : PhoneNumber.display(buyer.getPhone()));
        shipTo.setValue(buyer == null ? Address.empty() : buyer.getAddress());
    }
}
