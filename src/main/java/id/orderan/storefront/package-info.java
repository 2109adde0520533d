/**
 * Buyer pages: public, phone-first, rendered by Spring MVC + Thymeleaf ({@code templates/storefront/}),
 * no Vaadin session per visitor: the buyer's order page {@code /o/{token}} (decision 0130) and the order
 * forms {@code /f/{slug}} (decision 0135), whose admin screen (Pengaturan › Form Order) is Vaadin.
 * The modules it may use are checked by {@code ModularityTest} (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "store", "order", "payment", "security", "catalog",
        "customer"})
@NullMarked
package id.orderan.storefront;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
