package id.orderan.catalog;

import id.orderan.base.SetupStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's part of the *Mulai* checklist: the first product (one COUNT, only on the admin's home screen). */
@Configuration(proxyBeanMethods = false)
class CatalogSetupStep {

    @Bean
    SetupStep firstProductStep(ProductService products) {
        return SetupStep.of("setup.step.products", "products", 30, () -> products.count() > 0);
    }
}
