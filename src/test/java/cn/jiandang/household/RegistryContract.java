package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.adjustment.VillageAdjustmentService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.FieldDiff;
import cn.jiandang.household.basedata.IncomeView;
import cn.jiandang.household.basedata.VersionView;
import cn.jiandang.household.correction.CorrectionReport;
import cn.jiandang.household.correction.MonthCorrectionService;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.naturalchange.NaturalChangeView;
import cn.jiandang.household.project.ProjectService;
import cn.jiandang.household.project.ProjectView;
import cn.jiandang.region.RegionAdjustment;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's migrations, repositories and services, run unchanged on H2 ({@link RegistryH2Test}) and on
 * PostgreSQL ({@code cn.jiandang.it.RegistryPostgresIT}). Each test makes its own households, so the order of tests
 * and earlier runs on the same database do not matter.
 */
public abstract class RegistryContract {

    protected static final RegionCode VILLAGE1 = RegionCode.of("130125100201");
    protected static final RegionCode VILLAGE2 = RegionCode.of("130125101201");
    protected static final RegionCode LINGSHOU = RegionCode.of("130126000000");
    protected static final RegionCode LINGSHOU_VILLAGE = RegionCode.of("130126101202");

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected HouseholdService households;

    @Autowired
    protected NaturalChangeService naturalChanges;

    @Autowired
    protected BaseDataService baseData;

    @Autowired
    protected ProjectService projects;

    @Autowired
    protected MonthCorrectionService corrections;

    @Autowired
    protected RegionService regions;

    @Autowired
    protected HouseholdRepository householdRepository;

    @Autowired
    protected VillageAdjustmentService adjustments;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theRegistryMigrationRanAndTheIndexedColumnsExist() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"flyway_schema_history\" where \"version\" = '2' and \"success\"",
                        Integer.class))
                .isEqualTo(1);
        for (String table : List.of(
                "region_name_history",
                "household_residence",
                "household_membership",
                "natural_change",
                "household_income",
                "household_version",
                "project",
                "project_beneficiary",
                "correction_log")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class))
                    .as(table)
                    .isNotNegative();
        }
    }

    /**
     * Summaries are read as scalars ({@code HouseholdRepository.findSummaryRows}), not as entities: they name the same
     * head and count the same members as the entity's own rules ({@link Household#head()},
     * {@link Household#currentMembers()}), also when the head left, the head is not the first member, or nobody is
     * left; and they leave out what the caller may not read.
     */
    @Test
    void summariesNameTheHeadAndCountTheMembersAsTheEntityDoes() {
        Long headLeft = insertHousehold();
        insertMember(headLeft, "甲离", Relation.HEAD, true);
        insertMember(headLeft, "甲妻", Relation.SPOUSE, false);
        Long headSecond = insertHousehold();
        insertMember(headSecond, "乙子", Relation.CHILD, false);
        insertMember(headSecond, "乙户", Relation.HEAD, false);
        insertMember(headSecond, "乙母", Relation.PARENT, true);
        Long empty = insertHousehold();
        List<Long> ids = new ArrayList<>(List.of(headLeft, headSecond, empty));
        // and demo households, with the members natural changes took away
        ids.addAll(jdbc.queryForList(
                "select distinct household_id from member where departed and household_id in"
                        + " (select id from household where village_code between '130125000000' and '130125999999')",
                Long.class));
        ids.addAll(jdbc.queryForList(
                "select id from household where village_code between '130125000000' and '130125999999'"
                        + " order by id fetch first 30 rows only",
                Long.class));
        assertThat(ids).hasSizeGreaterThan(10);

        TestLogins.login("county1");
        Map<Long, HouseholdSummary> summaries = households.summaries(ids);
        assertThat(summaries).containsOnlyKeys(Set.copyOf(ids));
        for (Long id : Set.copyOf(ids)) {
            Household entity = householdRepository.findDetailed(id).orElseThrow();
            Member head = entity.head();
            assertThat(summaries.get(id))
                    .as("household %d", id)
                    .isEqualTo(new HouseholdSummary(
                            id,
                            RegionCode.of(entity.villageCode()),
                            entity.category(),
                            head == null ? "" : head.name(),
                            head == null ? "" : Masking.idNumber(head.idNumber()),
                            entity.currentMembers().size()));
        }
        assertThat(summaries.get(headLeft).headName()).isEqualTo("甲离");
        assertThat(summaries.get(headLeft).size()).isEqualTo(1);
        assertThat(summaries.get(headSecond).headName()).isEqualTo("乙户");
        assertThat(summaries.get(empty).headName()).isEmpty();
        for (Long one : List.of(headLeft, headSecond, empty)) {
            assertThat(households.summaries(List.of(one)))
                    .as("one household's summary (its own query)")
                    .containsExactly(Map.entry(one, summaries.get(one)));
        }

        TestLogins.login("village2");
        assertThat(households.summaries(List.of(headLeft, headSecond))).isEmpty();
    }

    private void insertMember(long household, String name, Relation relation, boolean departed) {
        jdbc.update(
                "insert into member (household_id, name, id_number, relation, sex, birth_date, departed)"
                        + " values (?, ?, ?, ?, 'MALE', date '1980-01-01', ?)",
                household,
                name,
                newIdNumber("130125", LocalDate.of(1980, 1, 1), true),
                relation.name(),
                departed);
    }

    @Test
    void r16TheDatabaseItselfRefusesAPersonInTwoHouseholds() {
        String id = newIdNumber("130125", 1980, true);
        Long first = insertHousehold();
        Long second = insertHousehold();
        jdbc.update(
                "insert into member (household_id, name, id_number, relation, sex, birth_date) "
                        + "values (?, '甲', ?, 'HEAD', 'MALE', date '1980-01-01')",
                first,
                id);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into member (household_id, name, id_number, relation, sex, "
                                + "birth_date) values (?, '乙', ?, 'HEAD', 'MALE', date '1980-01-01')",
                        second,
                        id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void r16APersonOfAnotherHouseholdIsRefusedNamingOnlyThatVillage() {
        TestLogins.login("village1");
        String shared = newIdNumber("130125", 1975, false);
        register(VILLAGE1, "13800000001", new NewHousehold.NewMember("王秀英", shared, Relation.HEAD));
        TestLogins.login("village2");
        int before = count("household");
        assertThatThrownBy(() ->
                        register(VILLAGE2, "13800000002", new NewHousehold.NewMember("王秀英", shared, Relation.HEAD)))
                .isInstanceOf(PersonAlreadyRegisteredException.class)
                .hasMessageContaining("东关村")
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(shared).doesNotContain("王秀英"));
        assertThat(count("household")).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithTheRuleAndNothingIsWritten() {
        TestLogins.login("village1");
        int householdsBefore = count("household");
        int membersBefore = count("member");
        String good = newIdNumber("130125", 1970, true);
        assertThatThrownBy(() -> register(
                        VILLAGE1,
                        "13800000003",
                        new NewHousehold.NewMember(
                                "甲", good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'), Relation.HEAD)))
                .hasMessage("身份证号码校验位错误")
                .satisfies(
                        e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("members[0].idNumber"));
        assertThatThrownBy(() -> register(
                        VILLAGE1,
                        "13800000003",
                        new NewHousehold.NewMember("甲", good, Relation.HEAD),
                        new NewHousehold.NewMember("乙", "1301251970", Relation.SPOUSE)))
                .hasMessageContaining("18位");
        assertThatThrownBy(() -> register(
                        VILLAGE1,
                        "13800000003",
                        new NewHousehold.NewMember(
                                "甲", good, Relation.HEAD, "FEMALE", null, null, null, null, null, false)))
                .hasMessageContaining("性别");
        assertThatThrownBy(() -> register(
                        VILLAGE1,
                        "13800000003",
                        new NewHousehold.NewMember(
                                "甲",
                                good,
                                Relation.HEAD,
                                null,
                                LocalDate.of(1971, 1, 1),
                                null,
                                null,
                                null,
                                null,
                                false)))
                .hasMessageContaining("出生日期");
        assertThatThrownBy(() -> register(VILLAGE1, " ", new NewHousehold.NewMember("甲", good, Relation.HEAD)))
                .hasMessageContaining("联系电话必须填写");
        assertThatThrownBy(() -> register(VILLAGE1, "12345", new NewHousehold.NewMember("甲", good, Relation.HEAD)))
                .hasMessageContaining("联系电话无效");
        assertThat(count("household")).isEqualTo(householdsBefore);
        assertThat(count("member")).isEqualTo(membersBefore);

        long id = register(VILLAGE1, "13800000004", new NewHousehold.NewMember("甲", good, Relation.HEAD));
        int versions = baseData.versions(id).size();
        assertThatThrownBy(() -> households.changeCategory(new CategoryChangeRequest(
                        id,
                        Category.MARGINAL,
                        YearMonth.now().plusMonths(1),
                        Set.of(PovertyFactor.EPIDEMIC),
                        "village1",
                        "TEST",
                        null)))
                .hasMessageContaining("不能晚于本月");
        assertThatThrownBy(() -> baseData.recordIncome(id, IncomeRecord.of(2020, "1.001", "0", "0", "0", "0")))
                .hasMessageContaining("最多保留2位小数");
        assertThatThrownBy(() -> baseData.relocate(
                        id, new Relocation(Coordinates.of("114.2", "38.4"), Coordinates.of("114.3", "95"))))
                .hasMessageContaining("纬度");
        assertThatThrownBy(() -> households.updateContact(id, "", true)).hasMessageContaining("联系电话必须填写");
        HouseholdDetails after = households.details(id);
        assertThat(after.category()).isNull();
        assertThat(after.relocation()).isNull();
        assertThat(after.contactPhone()).isEqualTo("13800000004");
        assertThat(baseData.incomes(id)).isEmpty();
        assertThat(baseData.versions(id)).hasSize(versions);
    }

    @Test
    void r11NaturalChangesOfAMarginalHouseholdChangeItsMembershipToTheMonth() {
        TestLogins.login("village1");
        String spouse = newIdNumber("130125", 1950, false);
        long id = register(
                VILLAGE1,
                "13800000005",
                new NewHousehold.NewMember("李建国", newIdNumber("130125", 1948, true), Relation.HEAD),
                new NewHousehold.NewMember("赵桂兰", spouse, Relation.SPOUSE));
        households.changeCategory(new CategoryChangeRequest(
                id,
                Category.MARGINAL,
                YearMonth.of(2020, 3),
                Set.of(PovertyFactor.EPIDEMIC),
                "village1",
                "TEST",
                null));
        naturalChanges.record(new NaturalChangeRequest(
                id, NaturalChangeKind.DEATH, YearMonth.of(2020, 8), new NewHousehold.NewMember(null, spouse, null)));
        String baby = newIdNumber("130125", LocalDate.of(2020, 10, 5), true);
        naturalChanges.record(new NaturalChangeRequest(
                id,
                NaturalChangeKind.BIRTH,
                YearMonth.of(2020, 10),
                new NewHousehold.NewMember("李小明", baby, Relation.GRANDCHILD)));

        assertThat(households.membersAt(id, LocalDate.of(2020, 7, 31))).isEqualTo(2);
        assertThat(households.membersAt(id, LocalDate.of(2020, 9, 30))).isEqualTo(1);
        assertThat(households.membersAt(id, LocalDate.of(2020, 10, 31))).isEqualTo(2);
        assertThat(households.details(id).members())
                .extracting(HouseholdDetails.MemberView::name)
                .containsExactly("李建国", "李小明");
        assertThat(naturalChanges.list(id))
                .extracting(NaturalChangeView::kind, NaturalChangeView::month)
                .containsExactly(
                        Tuple.tuple(NaturalChangeKind.DEATH, YearMonth.of(2020, 8)),
                        Tuple.tuple(NaturalChangeKind.BIRTH, YearMonth.of(2020, 10)));
        assertThatThrownBy(() -> naturalChanges.record(new NaturalChangeRequest(
                        id,
                        NaturalChangeKind.OTHER_IN,
                        YearMonth.of(2020, 11),
                        new NewHousehold.NewMember("赵桂兰", spouse, Relation.SPOUSE))))
                .hasMessageContaining("死亡");

        // R6: 2020 net income over the size at 30 September 2020 (the spouse died in August, the baby came in October)
        baseData.recordIncome(id, IncomeRecord.of(2020, "6000", "2000", "0", "1500", "500"));
        IncomeView income = baseData.incomes(id).get(0);
        assertThat(income.net()).isEqualByComparingTo("9000.00");
        assertThat(income.sizeAtCountingDate()).isEqualTo(1);
        assertThat(income.perCapita()).isEqualByComparingTo("9000.00");
        assertThat(baseData.incomePeriod(id))
                .hasValue(new IncomeRules.IncomePeriod(YearMonth.of(2019, 3), YearMonth.of(2020, 2)));
    }

    @Test
    void r8EveryChangeKeepsAVersionWithWhoAndWhatAndAnyTwoCompare() {
        TestLogins.login("village1");
        long id = register(
                VILLAGE1,
                "13800000006",
                new NewHousehold.NewMember("周立新", newIdNumber("130125", 1966, true), Relation.HEAD));
        households.changeCategory(new CategoryChangeRequest(
                id,
                Category.MARGINAL,
                YearMonth.of(2020, 4),
                Set.of(PovertyFactor.ILLNESS),
                "village1",
                "IDENTIFICATION",
                "pi-1"));
        baseData.recordIncome(id, IncomeRecord.of(2020, "3000", "500", "0", "800", "100"));
        // the year-end update replaces the figures, but the collected ones stay in the previous version
        baseData.recordIncome(id, IncomeRecord.of(2020, "4200", "500", "0", "800", "100"));
        households.updateContact(id, "0311-86012345", true);

        List<VersionView> versions = baseData.versions(id);
        assertThat(versions).extracting(VersionView::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(versions)
                .extracting(VersionView::procedure)
                .containsExactly("REGISTRATION", "IDENTIFICATION", "INCOME", "INCOME", "BASE_DATA");
        assertThat(versions.get(0).changedBy()).isEqualTo("village1");
        assertThat(versions.get(1).taskId()).isEqualTo("pi-1");
        assertThat(baseData.compare(id, 3, 4))
                .containsExactly(new FieldDiff("incomes.2020.wages", "2020年 工资性收入", "3000.00", "4200.00"));
        assertThat(baseData.compare(id, 1, 5))
                .extracting(FieldDiff::field)
                .contains(
                        "category",
                        "identificationMonth",
                        "contactPhone",
                        "worksAway",
                        "factors.RISK",
                        "incomes.2020.wages");
        // R8 in an official's words: labels and code names, the phone masked as in lists
        assertThat(baseData.compare(id, 1, 5))
                .contains(
                        new FieldDiff("category", "类别", "一般农户", "边缘户"),
                        new FieldDiff("factors.RISK", "风险", "—", "因病"),
                        new FieldDiff("contactPhone", "联系电话", "138****0006", "031******2345"),
                        new FieldDiff("worksAway", "有外出务工", "否", "是"));
        assertThat(baseData.version(id, 3)).containsEntry("category", "MARGINAL");
        assertThatThrownBy(() -> baseData.compare(id, 1, 99)).hasMessageContaining("第 99 版");
    }

    @Test
    void r9ARelocationHouseholdKeepsBothPositions() {
        TestLogins.login("village1");
        long id = register(
                VILLAGE1,
                "13800000007",
                new NewHousehold.NewMember("吴海军", newIdNumber("130125", 1977, true), Relation.HEAD));
        Relocation moved =
                new Relocation(Coordinates.of("114.201234", "38.401234"), Coordinates.of("114.383000", "38.308000"));
        baseData.relocate(id, moved);
        Relocation stored = households.details(id).relocation();
        assertThat(stored.before().longitude()).isEqualByComparingTo("114.201234");
        assertThat(stored.after().latitude()).isEqualByComparingTo("38.308");
        assertThat(baseData.compare(id, 1, 2))
                .extracting(FieldDiff::field)
                .contains("relocated", "relocation.longitudeBefore");
    }

    @Test
    void regionsKeepTheirNamesWithValidityAndHouseholdsTheirVillageAsOfADate() {
        TestLogins.login("province1");
        RegionCode township = RegionCode.of("130126101000");
        assertThat(regions.nameAsOf(township, LocalDate.of(2019, 1, 1))).hasValue("青廉乡");
        assertThat(regions.nameAsOf(township, LocalDate.of(2020, 1, 1))).hasValue("青同镇");
        RegionCode site = RegionCode.of("130126100204");
        assertThat(regions.nameAsOf(site, LocalDate.of(2018, 1, 1))).isEmpty();
        assertThat(regions.nameAsOf(site, LocalDate.of(2019, 1, 1)))
                .get()
                .asString()
                .contains("暂用名");
        assertThat(regions.nameAsOf(site, LocalDate.of(2020, 6, 1))).hasValue("幸福社区");
        assertThat(regions.nameHistory(site)).extracting(n -> n.temporary()).containsExactly(true, false);

        long relocated = households
                .search(site, null, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        assertThat(households.villageAsOf(relocated, LocalDate.of(2019, 1, 1)).value())
                .startsWith("130126100")
                .isNotEqualTo(site.value());
        assertThat(households.villageAsOf(relocated, LocalDate.of(2020, 1, 1))).isEqualTo(site);
        assertThat(households.details(relocated).relocation()).isNotNull();
    }

    @Test
    void aMergedVillagesHouseholdsMoveAndKeepTheirFormerVillageAsOfEarlierDates() {
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        RegionCode merged;
        do {
            merged = RegionCode.of(
                    "130126101" + (300 + ThreadLocalRandom.current().nextInt(600)));
        } while (regions.find(merged).isPresent());
        adjustments.createVillage(merged, "测试安置点（暂用名）", LocalDate.of(2019, 1, 1), true);
        long id = register(
                merged,
                "13800000009",
                new NewHousehold.NewMember("胡保国", newIdNumber("130126", 1958, true), Relation.HEAD));
        adjustments.rename(merged, "测试新村", LocalDate.of(2020, 1, 1), RegionAdjustment.TEMPORARY_NAME_REPLACED);
        assertThat(adjustments.merge(merged, LINGSHOU_VILLAGE, LocalDate.of(2020, 7, 1)))
                .isEqualTo(1);

        assertThat(households.villageOf(id)).isEqualTo(LINGSHOU_VILLAGE);
        assertThat(households.villageAsOf(id, LocalDate.of(2020, 6, 30))).isEqualTo(merged);
        assertThat(households.villageAsOf(id, LocalDate.of(2020, 7, 1))).isEqualTo(LINGSHOU_VILLAGE);
        assertThat(regions.validOn(merged, LocalDate.of(2020, 6, 30))).isTrue();
        assertThat(regions.validOn(merged, LocalDate.of(2020, 7, 1))).isFalse();
        assertThat(regions.nameAsOf(merged, LocalDate.of(2019, 6, 1))).hasValue("测试安置点（暂用名）");
        assertThat(regions.nameAsOf(merged, LocalDate.of(2020, 3, 1))).hasValue("测试新村");
        assertThat(baseData.versions(id)).extracting(VersionView::procedure).contains("REGION_MERGE");
        TestLogins.login("village1");
        assertThatThrownBy(() -> adjustments.rename(VILLAGE1, "改名", LocalDate.of(2020, 1, 1), RegionAdjustment.RENAMED))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void aSubtreeIsOneRangeAndItsPartsAddUp() {
        TestLogins.login("province1");
        long county = households.search(LINGSHOU, null, PageRequest.of(0, 1)).getTotalElements();
        long townships = households
                        .search(RegionCode.of("130126100000"), null, PageRequest.of(0, 1))
                        .getTotalElements()
                + households
                        .search(RegionCode.of("130126101000"), null, PageRequest.of(0, 1))
                        .getTotalElements();
        assertThat(county).isPositive().isEqualTo(townships);
        assertThat(households
                        .search(LINGSHOU, Category.MARGINAL, PageRequest.of(0, 500))
                        .getContent())
                .allMatch(h -> h.category() == Category.MARGINAL && LINGSHOU.contains(h.villageCode()));
    }

    @Test
    void theProjectReportListsProjectsWithoutAMarginalBeneficiary() {
        TestLogins.login("province1");
        RegionCode province = RegionCode.of("130000000000");
        List<ProjectView> seeded = projects.projects(province);
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(6);
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long marginal = households
                .search(LINGSHOU, Category.MARGINAL, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        long poor = households
                .search(LINGSHOU, Category.POOR, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        long withMarginal = projects.create(LINGSHOU, "边缘户帮扶测试项目", 2020, List.of(marginal, poor));
        long without = projects.create(LINGSHOU, "贫困户帮扶测试项目", 2020, List.of(poor));
        List<ProjectView> report = projects.withoutMarginalBeneficiary(LINGSHOU);
        assertThat(report).extracting(ProjectView::id).contains(without).doesNotContain(withMarginal);
        assertThat(projects.projects(LINGSHOU))
                .filteredOn(p -> p.id() == withMarginal)
                .singleElement()
                .satisfies(p -> assertThat(p.marginalBeneficiaries()).isEqualTo(1));
        assertThatThrownBy(() -> projects.create(
                        LINGSHOU,
                        "跨县",
                        2020,
                        List.of(households
                                .search(RegionCode.of("130125000000"), null, PageRequest.of(0, 1))
                                .getContent()
                                .get(0)
                                .id())))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void r7DryRunReportsThenApplyCorrectsOnceAndLogs() {
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long id = register(
                LINGSHOU_VILLAGE,
                "13800000008",
                new NewHousehold.NewMember("郭振华", newIdNumber("130126", 1960, true), Relation.HEAD));
        households.changeCategory(new CategoryChangeRequest(
                id,
                Category.NEWLY_POOR,
                YearMonth.of(2019, 11),
                Set.of(PovertyFactor.ILLNESS),
                "lingshou",
                "TEST",
                null));
        String augustBaby = newIdNumber("130126", LocalDate.of(2019, 8, 20), true);
        String novemberBaby = newIdNumber("130126", LocalDate.of(2019, 11, 3), false);
        naturalChanges.record(new NaturalChangeRequest(
                id,
                NaturalChangeKind.BIRTH,
                YearMonth.of(2019, 10),
                new NewHousehold.NewMember("郭小虎", augustBaby, Relation.GRANDCHILD)));
        naturalChanges.record(new NaturalChangeRequest(
                id,
                NaturalChangeKind.BIRTH,
                YearMonth.of(2019, 11),
                new NewHousehold.NewMember("郭小花", novemberBaby, Relation.GRANDCHILD)));
        assertThat(households.membersAt(id, LocalDate.of(2019, 9, 30))).isEqualTo(1);

        CorrectionReport dry = corrections.dryRun(LINGSHOU);
        assertThat(dry.applied()).isFalse();
        assertThat(dry.identificationMonths()).isPositive();
        assertThat(dry.naturalChangeMonths()).isPositive();
        assertThat(dry.birthsKept()).isPositive();
        assertThat(dry.affectedHouseholds()).contains(id);
        assertThat(households.details(id).identificationMonth()).isEqualTo(YearMonth.of(2019, 11));
        assertThat(corrections.dryRun(LINGSHOU)).isEqualTo(dry);
        int logged = count("correction_log");

        TestLogins.login("province1");
        CorrectionReport applied = corrections.apply(LINGSHOU);
        assertThat(applied.applied()).isTrue();
        assertThat(applied.identificationMonths()).isEqualTo(dry.identificationMonths());
        assertThat(applied.naturalChangeMonths()).isEqualTo(dry.naturalChangeMonths());
        assertThat(applied.affectedHouseholds()).isEqualTo(dry.affectedHouseholds());
        assertThat(households.details(id).identificationMonth()).isEqualTo(YearMonth.of(2019, 9));
        assertThat(naturalChanges.list(id))
                .extracting(NaturalChangeView::memberName, NaturalChangeView::month, NaturalChangeView::originalMonth)
                .containsExactly(
                        Tuple.tuple("郭小虎", YearMonth.of(2019, 9), YearMonth.of(2019, 10)),
                        Tuple.tuple("郭小花", YearMonth.of(2019, 11), null));
        // the corrected newborn now counts at 30 September 2019, the one born in November does not
        assertThat(households.membersAt(id, LocalDate.of(2019, 9, 30))).isEqualTo(2);
        assertThat(baseData.versions(id).get(baseData.versions(id).size() - 1).procedure())
                .isEqualTo(MonthCorrectionService.RULE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from household where village_code between ? and ? and "
                                + "category in ('NEWLY_POOR', 'RETURNED') and identification_month between ? and ?",
                        Integer.class,
                        LINGSHOU.lowerBound(),
                        LINGSHOU.upperBound(),
                        LocalDate.of(2019, 10, 1),
                        LocalDate.of(2019, 12, 1)))
                .isZero();

        CorrectionReport again = corrections.apply(LINGSHOU);
        assertThat(again.identificationMonths()).isZero();
        assertThat(again.naturalChangeMonths()).isZero();
        assertThat(again.birthsKept()).isEqualTo(dry.birthsKept());
        assertThat(count("correction_log")).isEqualTo(logged + 2);
        assertThat(jdbc.queryForObject("select applied_by from correction_log order by id desc limit 1", String.class))
                .isEqualTo("province1");
        TestLogins.login("village1");
        assertThatThrownBy(() -> corrections.apply(VILLAGE1)).isInstanceOf(BusinessException.class);
    }

    // ---- helpers

    protected long register(RegionCode village, String phone, NewHousehold.NewMember... members) {
        return households.register(new NewHousehold(village, phone, false, List.of(members)));
    }

    protected int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private Long insertHousehold() {
        jdbc.update("insert into household (village_code, contact_phone, created_at) values ('130125100201', "
                + "'13800000000', current_timestamp)");
        return jdbc.queryForObject("select max(id) from household", Long.class);
    }

    /** A fresh valid ID number: a random birth day of the year and sequence, unused so far. */
    protected String newIdNumber(String area, int year, boolean male) {
        return newIdNumber(
                area,
                LocalDate.of(year, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360)),
                male);
    }

    protected String newIdNumber(String area, LocalDate birth, boolean male) {
        Supplier<String> next = () -> {
            int sequence = ThreadLocalRandom.current().nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
            return first17 + IdNumber.checkCharacter(first17);
        };
        String id = next.get();
        while (jdbc.queryForObject("select count(*) from member where id_number = ?", Integer.class, id) > 0) {
            id = next.get();
        }
        return id;
    }
}
