package id.orderan.customer.ui;

import com.vaadin.flow.component.Component;
import id.orderan.customer.Customer;

/**
 * A part of the customer detail page contributed by a feature above customer (the order feature
 * adds the customer's orders and totals), found as Spring beans so that customer never imports
 * those features.
 *
 * @see <a href="../../../../../../../docs/decisions/0023-customer-detail-contributions.md">0023</a>
 */
public interface CustomerDetailSection {

    /** Lower comes first. */
    default int position() {
        return 100;
    }

    /** A fresh component for this customer, built for the signed-in user (hide what their role may not see). */
    Component create(Customer customer);
}
