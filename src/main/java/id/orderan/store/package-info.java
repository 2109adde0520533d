/**
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "security"})
@NullMarked
package id.orderan.store;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
