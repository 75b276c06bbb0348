package cn.jiandang.household.basedata;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.common.BusinessException;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureClosedException;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.functionopening.DemoFunctions;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.household.Coordinates;
import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.StaleVersionException;
import cn.jiandang.household.VersionStamp;
import cn.jiandang.household.WorkingAbility;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The edits of issue 11 through the services: natural changes, a member's base data (R10), a year's incomes (R5, R6),
 * contact and relocation within China (R9), each one version (R8) based on the version the official saw; refused
 * outside the region and while the province has the function closed (R12), with nothing written.
 */
@JiandangSpringTest
class RegistryEditsTest {

    static final String VILLAGE1 = "130125100201";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    HouseholdService households;

    @Autowired
    NaturalChangeService naturalChanges;

    @Autowired
    BaseDataEdits edits;

    @Autowired
    BaseDataService baseData;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FeatureGrants grants;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aBirthIsRecordedAsOneVersionOnTheVersionTheOfficialSaw() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        int seen = edits.currentVersion(id).number();
        String baby = newborn(LocalDate.of(2020, 10, 5));

        long change = naturalChanges.record(
                new NaturalChangeRequest(
                        id,
                        NaturalChangeKind.BIRTH,
                        YearMonth.of(2020, 10),
                        new NewHousehold.NewMember("测试新生", baby, Relation.CHILD)),
                seen);

        assertThat(change).isPositive();
        assertThat(households.details(id).members())
                .extracting(HouseholdDetails.MemberView::name)
                .contains("测试新生");
        VersionStamp now = edits.currentVersion(id);
        assertThat(now.number()).isEqualTo(seen + 1);
        assertThat(now.changedBy()).isEqualTo("village1");
        assertThat(baseData.versions(id).get(now.number() - 1).procedure()).isEqualTo("NATURAL_CHANGE");
        // the same member leaves again by member id, as the page and the API name members
        long babyId = member(id, "测试新生").memberId();
        naturalChanges.record(
                NaturalChangeRequest.leaving(id, NaturalChangeKind.OTHER_OUT, YearMonth.of(2021, 1), babyId), null);
        assertThat(households.details(id).members())
                .extracting(HouseholdDetails.MemberView::name)
                .doesNotContain("测试新生");
    }

    @Test
    void anEditOnAnOlderVersionIsRefusedNamingWhoChangedItAndNothingIsWritten() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        int seen = edits.currentVersion(id).number();
        TestLogins.login("township1");
        edits.update(id, HouseholdUpdate.contact("13900000001", false), seen);

        TestLogins.login("village1");
        int naturalChangesBefore = count("natural_change");
        assertThatThrownBy(() -> edits.recordIncome(id, income(2020, "100"), seen))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.getMessage()).contains("township1").contains("第 " + (seen + 1) + " 版");
                    assertThat(e.current().changedBy()).isEqualTo("township1");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                });
        assertThatThrownBy(() -> naturalChanges.record(
                        new NaturalChangeRequest(
                                id,
                                NaturalChangeKind.BIRTH,
                                YearMonth.of(2020, 10),
                                new NewHousehold.NewMember("不应写入", newborn(LocalDate.of(2020, 9, 1)), Relation.CHILD)),
                        seen))
                .isInstanceOf(StaleVersionException.class);
        assertThat(baseData.incomes(id)).isEmpty();
        assertThat(count("natural_change")).isEqualTo(naturalChangesBefore);
        assertThat(edits.currentVersion(id).number()).isEqualTo(seen + 1);
    }

    @Test
    void aMemberWhoWorksAwayNeedsARealPhoneOfHisOwnR10() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        long head = member(id, "测试户主").memberId();
        int v = edits.currentVersion(id).number();
        MemberUpdate away =
                new MemberUpdate("汉族", Education.JUNIOR_SECONDARY, Health.HEALTHY, WorkingAbility.ORDINARY, true, null);

        assertThatThrownBy(() -> edits.updateMember(id, head, away, v))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("contactPhone"));
        assertThatThrownBy(() -> edits.updateMember(id, head, withPhone(away, "12345"), v))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("contactPhone"));
        assertThat(edits.currentVersion(id).number()).isEqualTo(v);

        edits.updateMember(id, head, withPhone(away, "13712345678"), v);
        MemberData saved = edits.member(id, head);
        assertThat(saved.data().education()).isEqualTo(Education.JUNIOR_SECONDARY);
        assertThat(saved.data().contactPhone()).isEqualTo("13712345678");
        // the phone on record is kept when the form does not repeat it
        edits.updateMember(id, head, new MemberUpdate("汉族", Education.SENIOR_SECONDARY, null, null, true, null), null);
        assertThat(edits.member(id, head).data().contactPhone()).isEqualTo("13712345678");
        // R8: the version's difference names the member and masks the phone as lists do
        assertThat(baseData.compare(id, v, v + 1))
                .contains(new FieldDiff(
                        "members." + saved.idNumberMasked() + ".contactPhone",
                        "成员 测试户主（" + saved.idNumberMasked() + "）：务工联系电话",
                        "—",
                        "137****5678"))
                .extracting(FieldDiff::label, FieldDiff::before, FieldDiff::after)
                .noneMatch(t -> t.toString().matches(".*\\d{17}[0-9X].*")
                        || t.toString().contains("{"));
    }

    @Test
    void aYearsIncomeIsRecordedAndThePerCapitaIncomeFollowsR6() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        VersionStamp saved = edits.recordIncome(
                id,
                IncomeRecord.of(2020, "6000", "2000", "0", "1500", "500"),
                edits.currentVersion(id).number());
        IncomeView view = baseData.incomes(id).get(0);
        assertThat(view.net()).isEqualByComparingTo("9000.00");
        assertThat(view.sizeAtCountingDate()).isEqualTo(2);
        assertThat(view.perCapita()).isEqualByComparingTo("4500.00");
        assertThat(saved.number()).isEqualTo(edits.currentVersion(id).number());

        int next = Year.now().getValue() + 1;
        assertThatThrownBy(() -> edits.recordIncome(id, income(next, "1"), null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("year"));
        assertThatThrownBy(() -> IncomeRecord.of(2020, "-1", "0", "0", "0", "0"))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("wages"));
        assertThatThrownBy(() -> IncomeRecord.of(2020, "1000000000000", "0", "0", "0", "0"))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("wages"));
        assertThat(baseData.incomes(id)).hasSize(1);
    }

    @Test
    void contactAndRelocationInChinaAreOneVersionAndAPositionAbroadIsRefused() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        int v = edits.currentVersion(id).number();
        Relocation moved =
                new Relocation(Coordinates.of("114.201234", "38.401234"), Coordinates.of("114.383", "38.308"));
        edits.update(id, new HouseholdUpdate("0311-86012345", true, true, moved), v);
        HouseholdDetails d = households.details(id);
        assertThat(d.contactPhone()).isEqualTo("0311-86012345");
        assertThat(d.worksAway()).isTrue();
        assertThat(d.relocation().after().latitude()).isEqualByComparingTo("38.308");
        assertThat(edits.currentVersion(id).number()).isEqualTo(v + 1);

        // Paris before, the Arctic after: valid WGS84, but not in China
        Relocation abroad = new Relocation(Coordinates.of("2.35", "48.85"), Coordinates.of("114.3", "66.5"));
        assertThatThrownBy(() -> edits.update(id, HouseholdUpdate.relocation(abroad), v + 1))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("relocation.before.longitude", "relocation.after.latitude"));
        assertThatThrownBy(() -> edits.update(id, new HouseholdUpdate(null, null, true, null), v + 1))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("relocation"));
        assertThatThrownBy(() -> edits.update(id, HouseholdUpdate.contact("123", false), v + 1))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("contactPhone"));
        assertThat(households.details(id).relocation().before().longitude()).isEqualByComparingTo("114.201234");
        edits.update(id, HouseholdUpdate.relocation(null), v + 1);
        assertThat(households.details(id).relocation()).isNull();
    }

    @Test
    void everyEditIsRefusedOutsideTheRegionAndNothingIsWritten() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        long head = member(id, "测试户主").memberId();
        int versions = edits.currentVersion(id).number();
        TestLogins.login("village2");
        refusedEverywhere(id, head, e -> assertThat(e).isInstanceOf(RegionAccessDeniedException.class));
        TestLogins.login("supervisor"); // reads everything, edits nothing
        refusedEverywhere(id, head, e -> assertThat(e).isInstanceOf(RegionAccessDeniedException.class));
        TestLogins.login("village1");
        assertThat(edits.currentVersion(id).number()).isEqualTo(versions);
    }

    @Test
    void everyEditIsRefusedWhileTheProvinceHasTheFunctionClosedR12() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE1, null);
        long head = member(id, "测试户主").memberId();
        int versions = edits.currentVersion(id).number();
        DemoFunctions functions = new DemoFunctions(openingIntake, opening, grants, taskService);
        LocalDate baseDataUntil = functions.close(Feature.BASE_DATA_EDIT);
        LocalDate naturalUntil = functions.close(Feature.NATURAL_CHANGE);
        try {
            TestLogins.login("village1");
            refusedEverywhere(id, head, e -> assertThat(e).isInstanceOf(FeatureClosedException.class));
            assertThat(edits.currentVersion(id).number()).isEqualTo(versions);
        } finally {
            functions.reopen(Feature.BASE_DATA_EDIT, baseDataUntil);
            functions.reopen(Feature.NATURAL_CHANGE, naturalUntil);
        }
    }

    // ---- helpers

    private void refusedEverywhere(long id, long head, Consumer<Throwable> refusal) {
        List<Runnable> writes = List.of(
                () -> naturalChanges.record(new NaturalChangeRequest(
                        id,
                        NaturalChangeKind.BIRTH,
                        YearMonth.of(2020, 10),
                        new NewHousehold.NewMember("拒绝", newborn(LocalDate.of(2020, 10, 1)), Relation.CHILD))),
                () -> edits.updateMember(id, head, new MemberUpdate(null, null, null, null, false, null), null),
                () -> edits.recordIncome(id, income(2020, "1"), null),
                () -> edits.update(id, HouseholdUpdate.contact("13900000002", false), null),
                () -> edits.update(
                        id,
                        HouseholdUpdate.relocation(
                                new Relocation(Coordinates.of("114.2", "38.4"), Coordinates.of("114.3", "38.3"))),
                        null));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).satisfies(refusal::accept);
        }
    }

    private HouseholdDetails.MemberView member(long householdId, String name) {
        return households.details(householdId).members().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static MemberUpdate withPhone(MemberUpdate u, String phone) {
        return new MemberUpdate(u.ethnicity(), u.education(), u.health(), u.workingAbility(), u.migrantWork(), phone);
    }

    private static IncomeRecord income(int year, String wages) {
        return IncomeRecord.of(year, wages, "0", "0", "0", "0");
    }

    /** A valid ID number of a child born on the date (sequence 8xx, so it never meets the demo data). */
    static String newborn(LocalDate birth) {
        String first17 =
                "130125" + birth.toString().replace("-", "") + String.format("%03d", 800 + SEQ.incrementAndGet() % 100);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
