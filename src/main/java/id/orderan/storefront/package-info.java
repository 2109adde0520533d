/**
 * Buyer pages: public, phone-first, rendered by Spring MVC + Thymeleaf ({@code templates/storefront/}),
 * no Vaadin session per visitor: the buyer's order page {@code /o/{token}} (decision 0130), the order
 * forms {@code /f/{slug}} (decision 0135) with their admin screen Pengaturan › Form Order, private order
 * links {@code /p/{token}} (decisions 0140–0142), the forms' anti-spam screening and its admin view
 * Pengaturan › Anti-spam (decision 0145). The modules it may use are checked by {@code ModularityTest}
 * (decision 0101).
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "security", "customer", "catalog", "store", "order",
        "order::ui", "payment", "followup", "document"})
@NullMarked
package id.orderan.storefront;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
