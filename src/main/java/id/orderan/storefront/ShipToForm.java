package id.orderan.storefront;

/**
 * The buyer's part of a private link, as typed (strings as sent, so a refused form comes back with
 * the buyer's values): who receives the parcel, where, and a note.
 */
public record ShipToForm(String name, String phone, String street, String village, String district, String city,
        String province, String postalCode, String note) {

    public static ShipToForm empty() {
        return new ShipToForm("", "", "", "", "", "", "", "", "");
    }
}
