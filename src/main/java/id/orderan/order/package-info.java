/**
 * Orders and their screens. Imports nothing from payment, shipping, followup or document: those contribute
 * actions, timeline entries and the Follow Up column through interfaces owned here (decision 0100).
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "base::dataio", "security", "customer", "customer::ui", "catalog", "store"})
@NullMarked
package id.orderan.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
