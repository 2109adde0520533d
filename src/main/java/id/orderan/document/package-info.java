/**
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "customer", "catalog", "store", "order", "shipping"})
@NullMarked
package id.orderan.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
