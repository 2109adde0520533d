package id.orderan.security;

import id.orderan.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users yet) creates {@code admin}, with {@code ORDERAN_ADMIN_PASSWORD} or a
 * random password printed once, which must be changed at the first sign-in (a configured password is
 * the operator's own choice and is not). With the {@code demo} profile also {@code cs} and {@code gudang}.
 */
@Component
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserService userService;
    private final Environment environment;
    private final String configuredPassword;

    InitialUsers(UserService userService, Environment environment,
            @Value("${orderan.admin-password:}") String configuredPassword) {
        this.userService = userService;
        this.environment = environment;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userService.hasUsers()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? userService.generatePassword() : configuredPassword;
        try {
            userService.createInitialUser("admin", password, "Administrator", Role.ADMIN, generated);
        } catch (BusinessException e) {
            throw new IllegalStateException("ORDERAN_ADMIN_PASSWORD is refused (" + e.messageKey()
                    + "): use at least 10 characters, not the username and not a common password", e);
        }
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        if (demo) {
            userService.createInitialUser("cs", password, "Customer Service", Role.CS, generated);
            userService.createInitialUser("gudang", password, "Tim Gudang", Role.GUDANG, generated);
        }
        String users = demo ? "'admin', 'cs' and 'gudang'" : "'admin'";
        if (generated) {
            log.warn("Created user {} with password: {}  (shown once, to be changed at the first sign-in;"
                    + " set ORDERAN_ADMIN_PASSWORD to choose it)",
                    users, password);
        } else {
            log.info("Created user {} with the password from ORDERAN_ADMIN_PASSWORD", users);
        }
    }
}
