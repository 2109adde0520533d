/** The customer picker and address field, used by the order form. Open to other modules as {@code customer::ui}. */
@NamedInterface("ui")
@NullMarked
package id.orderan.customer.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
