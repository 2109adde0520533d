/** Layout, notifications, forms and dialogs every feature's views use. Open to other modules as {@code base::ui}. */
@NamedInterface("ui")
@NullMarked
package id.orderan.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
