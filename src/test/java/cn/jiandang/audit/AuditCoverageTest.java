package cn.jiandang.audit;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.TestIncomes;
import cn.jiandang.assistance.AssistanceIntake;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.assistance.NewMeasure;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.adjustment.VillageAdjustmentService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.correction.MonthCorrectionService;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.project.ProjectService;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.publicnotice.ExitObjections;
import cn.jiandang.quality.QualityService;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.region.RegionAdjustment;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import cn.jiandang.statistics.DailySnapshotJob;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitIntake;
import cn.jiandang.yearend.YearEndIntake;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log covers every write path: each write through a service leaves its entry, and every entity type
 * of the metamodel must show up, so a NEW entity type fails here until a write of it is exercised (add it to
 * {@link #writeThroughTheServices()}). Entries cannot be changed through the application.
 */
@JiandangSpringTest
class AuditCoverageTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");
    static final RegionCode XINGTANG = RegionCode.of("130125000000");

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExitObjections exitObjections;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    RegionService regions;

    @Autowired
    AttachmentService attachments;

    @Autowired
    NaturalChangeService naturalChanges;

    @Autowired
    VillageAdjustmentService adjustments;

    @Autowired
    ProjectService projects;

    @Autowired
    MonthCorrectionService corrections;

    @Autowired
    AssistanceIntake assistanceIntake;

    @Autowired
    RiskEliminationIntake riskEliminationIntake;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    ManagementService management;

    @Autowired
    BaseDataService baseData;

    @Autowired
    DailySnapshotJob snapshots;

    @Autowired
    QualityService quality;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void everyEntityTypeWrittenThroughItsServiceLeavesAnAuditEntry() {
        long before = maxId();
        long householdId = writeThroughTheServices();

        Set<String> entityTypes = emf.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(t -> t.getName().startsWith("cn.jiandang.")
                        && !t.getSimpleName().equals("AuditEntry"))
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> audited = new TreeSet<>(
                jdbc.queryForList("select distinct entity_type from audit_entry where id > ?", String.class, before));
        System.out.println("audit coverage: " + entityTypes.size() + " entity types " + entityTypes
                + ", audited by this test's writes: " + audited);
        assertThat(entityTypes).isNotEmpty();
        assertThat(audited)
                .as("entity types written without an audit entry (or not exercised by this test)")
                .containsAll(entityTypes);

        // who, from which task, and the category change before/after on the household's own entries (the full
        // identification registers the household at the county's approval, so the county's officer is the actor)
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor, action, entity_type, before_state, after_state, task_id from audit_entry"
                        + " where household_id = ? and id > ? order by id",
                householdId,
                before);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("ENTITY_TYPE")).isEqualTo("Household");
            assertThat(r.get("ACTION")).isEqualTo(AuditActions.UPDATE);
            assertThat(r.get("ACTOR")).isEqualTo("county1");
            assertThat((String) r.get("AFTER_STATE")).contains("\"category\":\"MARGINAL\"");
            assertThat(r.get("TASK_ID")).isNotNull();
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("ACTION")).isEqualTo(AuditActions.COMPLETE_TASK);
            assertThat(r.get("ACTOR")).isEqualTo("village1");
        });
        // personal numbers never stand in full in the audit log
        assertThat(rows)
                .filteredOn(r -> "Member".equals(r.get("ENTITY_TYPE")))
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat((String) r.get("AFTER_STATE")).containsPattern("\"idNumber\":\"1301\\*{10}"));
    }

    @Test
    void aRefusedReadIsAuditedEvenThoughItsTransactionRollsBack() {
        TestLogins.login("village1");
        long id = households.register(TestPeople.household(RegionCode.of("130125100201"), "王五"));
        long before = maxId();
        TestLogins.login("village2");
        assertThatThrownBy(() -> households.details(id)).isInstanceOf(RegionAccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where id > ? and actor = 'village2'"
                                + " and action = 'ACCESS_REFUSED' and household_id = ?",
                        Integer.class,
                        before,
                        id))
                .isEqualTo(1);
    }

    @Test
    void theApplicationHasNoWayToChangeOrDeleteAnEntry() throws Exception {
        Class<?> repository = Class.forName("cn.jiandang.audit.internal.AuditEntryRepository");
        assertThat(Repository.class).isAssignableFrom(repository);
        assertThat(CrudRepository.class.isAssignableFrom(repository))
                .as("no save/delete inherited")
                .isFalse();
        assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                .allMatch(name -> name.startsWith("find"));
        Class<?> entry = Class.forName("cn.jiandang.audit.internal.AuditEntry");
        assertThat(entry.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditLog.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("remove"));
    }

    /** One write of every entity type, each through its service, as the officer who may do it. */
    private long writeThroughTheServices() {
        // Region: the system creates regions (start-up import); no officer is logged in
        String code = "1301251" + String.format("%02d", (int) (System.nanoTime() % 90) + 10) + "000";
        if (regions.find(RegionCode.of(code)).isEmpty()) {
            regions.create(RegionCode.of(code), "审计测试镇", false);
        }
        // DailyRun: the statistics' day, recomputed on demand by the centre
        TestLogins.login("centre");
        snapshots.compute(snapshots.today());
        TestLogins.logout();
        // Household, Member: registered by the village
        TestLogins.login("village1");
        long householdId = households.register(TestPeople.household(VILLAGE1, "赵六"));
        // IdentificationCase (and its factors), then CategoryChange and the household's new category: the
        // village verifies and appraises, the notice ends, the township reviews, the county approves and registers
        long caseId = identifyAsMarginal(householdId);
        // Objection: raised by the village during the notice of another household's identification
        TestLogins.login("village1");
        long objected = TestHouseholds.register(households, VILLAGE1.value(), null);
        long objectedCase = identificationIntake.start(
                objected, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        verifyAndAppraise(objectedCase);
        identificationSteps.raiseObjection(objectedCase, "审计测试异议");
        // Attachment: evidence of a step, stored by an officer of the region
        TestLogins.login("village1");
        attachments.store(VILLAGE1, "IdentificationCase", String.valueOf(caseId), "EVIDENCE", "photo.png", new byte[] {
            (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0
        });

        // ExitObjection: a visitor's objection to an exit notice (stored here as the board stores it), dismissed by
        // the township through its service
        jdbc.update("insert into exit_objection (notice_id, source, case_id, subject_id, village_code, subject_name,"
                + " raiser_name, raiser_phone, content, raised_at, status) values (0, 'VILLAGE_EXIT', 0, 0,"
                + " '130125100201', '东关村', '审计', '13700000099', '审计测试异议', current_timestamp, 'PENDING')");
        TestLogins.login("township1");
        exitObjections.dismiss(jdbc.queryForObject("select max(id) from exit_objection", Long.class), "审计测试：不予受理");

        writeTheRegistry();
        writeTheProcedures();
        writeTheYearEnd();
        // QualityRun: the province queues a data-quality run (a worker runs it later)
        TestLogins.login("province1");
        quality.request(RegionCode.of("130000000000"));
        return householdId;
    }

    /** The household module's other services and the region adjustments (行唐县, fresh households and villages). */
    private void writeTheRegistry() {
        // NaturalChange: a birth recorded by the village
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, VILLAGE1.value(), null);
        naturalChanges.record(new NaturalChangeRequest(
                householdId,
                NaturalChangeKind.BIRTH,
                YearMonth.of(2019, 12),
                new NewHousehold.NewMember("审计新生儿", TestHouseholds.newIdNumber(), Relation.GRANDCHILD)));
        // RegionNameHistory: the county sets up a village and renames it
        TestLogins.login("county1");
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (600 + ThreadLocalRandom.current().nextInt(300)));
        } while (regions.find(village).isPresent());
        adjustments.createVillage(village, "审计测试安置点（暂用名）", LocalDate.of(2019, 1, 1), true);
        adjustments.rename(village, "审计测试村", LocalDate.of(2020, 1, 1), RegionAdjustment.TEMPORARY_NAME_REPLACED);
        // HouseholdResidence: the county moves the household there
        adjustments.moveHouseholds(List.of(householdId), village, LocalDate.of(2020, 6, 1));
        // Project: a county project with the household as beneficiary
        projects.create(XINGTANG, "审计测试项目", 2020, List.of(householdId));
        // CorrectionLog: the R7 month correction applied to the new village (nothing to correct there, still logged)
        corrections.apply(village);
        // RegionAttribute: the county flags the new village as poor village (贫困村)
        TestLogins.login("county1");
        poorVillages.markPoorVillage(village, true);
        // VillageExitCase: the township proposes the new village (no poor population) for exit
        TestLogins.login("township1");
        villageExitIntake.propose(village, 300, "审计测试");
        // RegionAttribute: the centre marks a province (one no other test reads) as western
        TestLogins.login("centre");
        poorVillages.markWestern(RegionCode.of("460000000000"), false);
        poorVillages.markWestern(RegionCode.of("460000000000"), true);
    }

    /** The procedures of the other modules, each started by the officer who may. */
    private void writeTheProcedures() {
        // AssistancePlan, AssistanceMeasure: the township assigns measures to a fresh marginal household
        long marginal = TestHouseholds.register(households, VILLAGE1.value(), Category.MARGINAL);
        TestLogins.login("township1");
        assistanceIntake.assign(
                marginal, "审计帮扶人", "龙州镇人民政府", List.of(new NewMeasure(MeasureType.EMPLOYMENT, "推荐务工", null)));
        // RiskEliminationCase: the village proposes another fresh marginal household
        long toEliminate = TestHouseholds.register(households, VILLAGE1.value(), Category.MARGINAL);
        TestLogins.login("village1");
        riskEliminationIntake.propose(
                toEliminate,
                new RiskEvidence(
                        new BigDecimal("6200.00"),
                        new BigDecimal("4500.00"),
                        true,
                        true,
                        true,
                        true,
                        true,
                        true,
                        "审计测试"));
        // RectificationCase: a supervisor opens a problem on a fresh household
        TestLogins.login("village1");
        long withProblem = TestHouseholds.register(households, VILLAGE1.value(), null);
        TestLogins.login("supervisor");
        rectificationIntake.create(new NewProblem(
                withProblem,
                null,
                ProblemType.INFO_INCOMPLETE,
                "审计测试问题",
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(10)));
        // FeatureGrant, FeatureGrantEvent: a province (made up, no other test's) asks to open a function
        TestLogins.login(TestLogins.officer("audit-province", Role.PROVINCE_OFFICER, "630000000000"));
        openingIntake.request(
                Feature.NATURAL_CHANGE, "审计测试", LocalDate.now(), LocalDate.now().plusMonths(1));
    }

    /**
     * YearEndRound, YearEndCase, YearEndCandidate: a round opened in a county of its own (made up under 石家庄市),
     * so that no other test's households or rounds are touched.
     */
    private void writeTheYearEnd() {
        TestLogins.logout();
        RegionCode county;
        do {
            // 130150..130198: 130199 is DemoSeedingTest's, 130110..130149 the year-end tests'
            county = RegionCode.of("1301" + (50 + ThreadLocalRandom.current().nextInt(49)) + "000000");
        } while (regions.find(county).isPresent());
        RegionCode township = RegionCode.of(county.value().substring(0, 6) + "100000");
        RegionCode village = RegionCode.of(county.value().substring(0, 6) + "100201");
        regions.create(county, "审计测试县", false);
        regions.create(township, "审计测试乡", false);
        regions.create(village, "审计测试村", false);
        TestLogins.login(TestLogins.officer("audit-village", Role.VILLAGE_OFFICER, village.value()));
        long poor = TestHouseholds.register(households, village.value(), Category.POOR);
        TestIncomes.record(baseData, poor, 2041, TestIncomes.HIGH);
        TestLogins.login(TestLogins.officer("audit-county", Role.COUNTY_OFFICER, county.value()));
        assertThat(yearEndIntake.openRound(2041, 7, TestIncomes.LINE).cases()).isEqualTo(1);
    }

    /** The whole identification of a household as a marginal household, each step by its officer. */
    private long identifyAsMarginal(long householdId) {
        long caseId = identificationIntake.start(
                householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        verifyAndAppraise(caseId);
        executeTimer(identification.find(caseId).processInstanceId(), IdentificationVariables.NOTICE_TIMER);
        TestLogins.login("township1");
        identificationSteps.completeTownshipReview(
                taskOf(IdentificationVariables.PROCESS_KEY, caseId).task().id(),
                caseId,
                TownshipDecision.APPROVE,
                "同意");
        TestLogins.login("county1");
        // the demo county is over its monitoring scale (R2): approving needs the reason
        identificationSteps.completeCountyApproval(
                taskOf(IdentificationVariables.PROCESS_KEY, caseId).task().id(), caseId, true, "审计测试：经县领导小组研究同意", "同意");
        return caseId;
    }

    private void verifyAndAppraise(long caseId) {
        TestLogins.login("village1");
        identificationSteps.completeHomeVerification(
                taskOf(IdentificationVariables.PROCESS_KEY, caseId).task().id(),
                caseId,
                new HomeVerification(
                        Category.MARGINAL,
                        Set.of(PovertyFactor.EPIDEMIC, PovertyFactor.ILLNESS),
                        null,
                        true,
                        null,
                        ""));
        identificationSteps.completeAppraisal(
                taskOf(IdentificationVariables.PROCESS_KEY, caseId).task().id(), caseId, true, "村民代表到会，一致同意", null);
    }

    /** Runs the timer of the process instance whose timer event is {@code activityId} (no waiting). */
    private void executeTimer(String processInstanceId, String activityId) {
        List<String> definitions = management.createJobDefinitionQuery().activityIdIn(activityId).list().stream()
                .map(d -> d.getId())
                .toList();
        Job job = management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .filter(j -> definitions.contains(j.getJobDefinitionId()))
                .findFirst()
                .orElseThrow();
        management.executeJob(job.getId());
    }

    private TaskRow taskOf(String processKey, long caseId) {
        return taskList.page(0, 1000).stream()
                .filter(r -> processKey.equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() != null && r.task().caseId() == caseId)
                .findFirst()
                .orElseThrow();
    }

    private long maxId() {
        Long max = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return max == null ? 0 : max;
    }
}
