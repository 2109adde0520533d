/**
 * Buyer pages: public, phone-first, rendered by Spring MVC + Thymeleaf ({@code templates/storefront/}),
 * no Vaadin session per visitor. For now the buyer's order page {@code /o/{token}} (decision 0130).
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "store", "order", "payment", "security", "catalog", "customer"})
@NullMarked
package id.orderan.storefront;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
