/**
 * Shared building blocks; depends on no feature.
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package id.orderan.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
