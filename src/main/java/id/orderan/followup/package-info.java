/**
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "security", "customer", "store", "order", "order::ui", "shipping"})
@NullMarked
package id.orderan.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
