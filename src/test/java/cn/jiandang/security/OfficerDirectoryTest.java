package cn.jiandang.security;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.region.RegionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory of officers: the demo users from the start, every other officer from its first login. */
@JiandangSpringTest
class OfficerDirectoryTest {

    @Autowired
    OfficerDirectory directory;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theDemoUsersAreColleaguesOfTheirGroupBeforeAnyLogin() {
        assertThat(directory.colleagues("TOWNSHIP_OFFICER:130125100"))
                .extracting(Colleague::username)
                .contains("township1", "township1b")
                .doesNotContain("township2", "village1");
        assertThat(directory.find("township1b")).map(Colleague::label).hasValue("钱乡干（township1b）");
        assertThat(directory.groupsOf("county2")).containsExactly("COUNTY_OFFICER:130126");
    }

    @Test
    void aLoginRecordsTheOfficerWithItsGroupsAndWhenItWasSeen() throws Exception {
        Officer keycloakOnly =
                new Officer("dir-township", "孙乡干", Set.of(Role.TOWNSHIP_OFFICER), RegionCode.of("130125101000"));
        assertThat(directory.find("dir-township")).isEmpty();

        events.publishEvent(new AuthenticationSuccessEvent(TestLogins.login(keycloakOnly)));

        assertThat(directory.colleagues("TOWNSHIP_OFFICER:130125101"))
                .extracting(Colleague::username)
                .contains("township2", "dir-township");
        assertThat(lastSeen("dir-township")).isNotNull();
        // a real login through the security filter chain is recorded too
        mvc.perform(get("/api/v1/me").with(httpBasic("township1b", "demo"))).andExpect(status().isOk());
        assertThat(lastSeen("township1b")).isNotNull();
    }

    @Test
    void aLoginThatChangesNothingWritesNothing() {
        Officer officer = new Officer("dir-quiet", "吴乡干", Set.of(Role.TOWNSHIP_OFFICER), RegionCode.of("130125100000"));
        Instant first = Instant.parse("2026-03-02T01:00:00Z");
        assertThat(directory.seen(officer, first))
                .as("a new officer is recorded")
                .isTrue();
        Timestamp recorded = lastSeen("dir-quiet");

        // later the same day, after this node's cache of ten minutes: one read, no write
        assertThat(directory.seen(officer, first.plus(Duration.ofHours(3)))).isFalse();
        assertThat(lastSeen("dir-quiet")).isEqualTo(recorded);
        assertThat(directory.groupsOf("dir-quiet")).containsExactly("TOWNSHIP_OFFICER:130125100");

        // the next day: the sighting is kept to the day
        assertThat(directory.seen(officer, first.plus(Duration.ofDays(2)))).isTrue();
        assertThat(lastSeen("dir-quiet")).isAfter(recorded);

        // moved to another township: written at once, its groups follow
        Officer moved = new Officer("dir-quiet", "吴乡干", Set.of(Role.TOWNSHIP_OFFICER), RegionCode.of("130125101000"));
        assertThat(directory.seen(moved, first.plus(Duration.ofDays(2)).plusSeconds(60)))
                .isTrue();
        assertThat(directory.groupsOf("dir-quiet")).containsExactly("TOWNSHIP_OFFICER:130125101");
    }

    private Timestamp lastSeen(String username) {
        return jdbc.queryForObject("select last_seen from known_officer where username = ?", Timestamp.class, username);
    }
}
