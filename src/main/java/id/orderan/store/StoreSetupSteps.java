package id.orderan.store;

import id.orderan.base.SetupStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store's part of the *Mulai* checklist. Both answers come from the profile {@link StoreService}
 * keeps in memory: no query per visit. Until an admin saves Pengaturan › Toko the shop runs on the
 * {@code orderan.store.*} defaults, so neither step counts as done (the default account is a placeholder).
 */
@Configuration(proxyBeanMethods = false)
class StoreSetupSteps {

    @Bean
    SetupStep storeProfileStep(StoreService stores) {
        return SetupStep.of("setup.step.store", "settings/store", 10, () -> stores.profile().version() != StoreProfile.NEVER_SAVED);
    }

    @Bean
    SetupStep bankAccountsStep(StoreService stores) {
        return SetupStep.of("setup.step.banks", "settings/store", 20, () -> {
            StoreProfile profile = stores.profile();
            return profile.version() != StoreProfile.NEVER_SAVED && !profile.banks().isEmpty();
        });
    }
}
