package cn.jiandang.security;

import cn.jiandang.region.RegionCode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo logins of the embedded default (password {@code demo}). With the {@code keycloak} profile they
 * do not exist: officers then come from the province's Keycloak.
 */
@Configuration
@Profile("!keycloak")
class LocalUsersConfig {

    static final List<Officer> DEMO_OFFICERS = List.of(
            officer("village1", "张村官", Role.VILLAGE_OFFICER, "130125100201"),
            officer("village2", "李村官", Role.VILLAGE_OFFICER, "130125101201"),
            officer("township1", "王乡干", Role.TOWNSHIP_OFFICER, "130125100000"),
            officer("township1b", "钱乡干", Role.TOWNSHIP_OFFICER, "130125100000"),
            officer("township2", "赵乡干", Role.TOWNSHIP_OFFICER, "130125101000"),
            officer("county1", "刘县干", Role.COUNTY_OFFICER, "130125000000"),
            officer("county2", "周县干", Role.COUNTY_OFFICER, "130126000000"),
            officer("province1", "陈省干", Role.PROVINCE_OFFICER, "130000000000"),
            officer("centre", "孙主任", Role.CENTRE_ADMIN, "000000000000"),
            officer("supervisor", "周督查", Role.SUPERVISOR, "000000000000"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService localOfficers() {
        // the demo password is published in the README: the lowest bcrypt cost keeps each API call's check cheap
        // (about 1 ms instead of 100 ms); real officers log in through Keycloak
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo");
        Map<String, OfficerPrincipal> users =
                DEMO_OFFICERS.stream().collect(Collectors.toMap(Officer::username, o -> new OfficerPrincipal(o, hash)));
        return username -> {
            OfficerPrincipal p = users.get(username);
            if (p == null) {
                throw new UsernameNotFoundException(username);
            }
            return new OfficerPrincipal(p.officer(), p.passwordHash());
        };
    }

    /** The demo users are colleagues before their first login: a task can be handed to them at once. */
    @Bean
    ApplicationRunner registerDemoOfficers(OfficerDirectory directory) {
        return args -> directory.register(DEMO_OFFICERS);
    }

    private static Officer officer(String username, String name, Role role, String region) {
        return new Officer(username, name, Set.of(role), RegionCode.of(region));
    }
}
