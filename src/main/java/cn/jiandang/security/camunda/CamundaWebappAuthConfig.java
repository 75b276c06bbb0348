package cn.jiandang.security.camunda;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

@Configuration
class CamundaWebappAuthConfig {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
        // after the Spring Security filter chain (order -100)
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }
}
