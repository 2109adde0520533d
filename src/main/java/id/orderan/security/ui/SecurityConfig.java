package id.orderan.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security (lives with the login view it names). Vaadin views are protected by their access
 * annotations; service methods by
 * {@code @PreAuthorize}/{@code @RolesAllowed}, which is what really guards the data.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // no jsr250: it would proxy every @PermitAll view; services use @PreAuthorize
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/icons/**", "/themes/**", "/images/**").permitAll()
                // PDFs: any signed-in user reaches the controller; DocumentService checks the role
                .requestMatchers("/documents/**").authenticated());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
