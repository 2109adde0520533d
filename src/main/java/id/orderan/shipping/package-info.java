/**
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "security", "order", "order::ui"})
@NullMarked
package id.orderan.shipping;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
