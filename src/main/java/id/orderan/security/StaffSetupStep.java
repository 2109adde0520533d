package id.orderan.security;

import id.orderan.base.SetupStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff part of the *Mulai* checklist: someone besides the first admin has an account, so the
 * team stops sharing the admin login (one COUNT, only on the admin's home screen).
 */
@Configuration(proxyBeanMethods = false)
class StaffSetupStep {

    @Bean
    SetupStep staffUsersStep(AppUserRepository users) {
        return SetupStep.of("setup.step.staff", "settings/users", 40, () -> users.count() > 1);
    }
}
