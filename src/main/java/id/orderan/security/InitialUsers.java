package id.orderan.security;

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
 * random password printed once. With the {@code demo} profile also {@code cs} and {@code gudang}.
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
        userService.createUser("admin", password, "Administrator", Role.ADMIN);
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        if (demo) {
            userService.createUser("cs", password, "Customer Service", Role.CS);
            userService.createUser("gudang", password, "Tim Gudang", Role.GUDANG);
        }
        String users = demo ? "'admin', 'cs' and 'gudang'" : "'admin'";
        if (generated) {
            log.warn("Created user {} with password: {}  (shown once; set ORDERAN_ADMIN_PASSWORD to choose it)",
                    users, password);
        } else {
            log.info("Created user {} with the password from ORDERAN_ADMIN_PASSWORD", users);
        }
    }
}
