package cn.jiandang.audit;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.audit.internal.AuditTokens;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log proves who changed what without keeping full ID or phone numbers: a version's snapshot, a member, a
 * new household's applicants are stored masked with a keyed token; the token identifies the number for whoever
 * holds the key, and the household page reads the entries masked.
 */
@JiandangSpringTest
class AuditPrivacyTest {

    static final String VILLAGE1 = "130125100201";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationIntake identification;

    @Autowired
    AuditTokens tokens;

    @Autowired
    AuditLog audit;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void noAuditEntryKeepsAFullIdOrPhoneNumber() {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, VILLAGE1, null);
        String head = households.details(householdId).members().get(0).idNumber();
        String applicantHead = TestHouseholds.newIdNumber();
        identification.apply(new IdentificationApplication(
                Channel.VILLAGE,
                Category.MARGINAL,
                null,
                new IdentificationApplication.Applicant(
                        VILLAGE1,
                        "13912345678",
                        List.of(new IdentificationApplication.ApplicantMember("申请户主", applicantHead, Relation.HEAD))),
                Set.of(PovertyFactor.EPIDEMIC),
                null));

        // every entry ever written in this test run (the demo province's seeding included)
        List<Map<String, Object>> rows =
                jdbc.queryForList("select entity_id, before_state, after_state, detail from audit_entry");
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows)
                .allSatisfy(row -> assertThat(Masking.containsPersonalNumber(row.toString()))
                        .as(row.toString())
                        .isFalse());

        String householdEntries = String.join(
                "\n",
                jdbc.queryForList(
                        "select coalesce(after_state, '') from audit_entry where household_id = ?",
                        String.class,
                        householdId));
        // the version snapshot and the member rows name the head by masked number and token
        assertThat(householdEntries).contains(tokens.idNumber(head)).contains(tokens.phone("13800000000"));
        assertThat(tokens.idNumber(head)).startsWith(Masking.idNumber(head) + "#");
        String applicantEntries = String.join(
                "\n",
                jdbc.queryForList(
                        "select coalesce(after_state, '') from audit_entry where entity_type = 'IdentificationCase'",
                        String.class));
        assertThat(applicantEntries).contains(tokens.idNumber(applicantHead));
        // the household page reads them masked, tokens and all
        assertThat(audit.forHousehold(householdId, RegionCode.of(VILLAGE1)).toString())
                .doesNotContain(head)
                .contains(Masking.idNumber(head));
    }

    @Test
    void aTokenTellsDifferentNumbersApartThatMaskAlike() {
        String a = "130125198005143077";
        String b = "130125199105143077"; // another birth date: masked alike
        assertThat(Masking.idNumber(a)).isEqualTo(Masking.idNumber(b));
        assertThat(tokens.idNumber(a)).isNotEqualTo(tokens.idNumber(b));
        assertThat(tokens.scrub("{\"id\":\"" + a + "\"}")).isEqualTo("{\"id\":\"" + tokens.idNumber(a) + "\"}");
    }
}
