package cn.jiandang.security;

import cn.jiandang.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Embedded default: the Vaadin login page and HTTP Basic on the APIs, both against the local demo users. */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class LocalSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return SecurityConfig.apiBase(http)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig.unauthorized(http)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        SecurityConfig.publicResources(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
