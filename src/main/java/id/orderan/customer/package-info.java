/**
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "base::dataio", "security"})
@NullMarked
package id.orderan.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
