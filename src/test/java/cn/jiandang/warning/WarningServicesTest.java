package cn.jiandang.warning;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.TestIncomes;
import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.ImportStatus;
import cn.jiandang.exchange.RowError;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.identification.CaseStatus;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.SystemActor;
import cn.jiandang.security.TestLogins;
import cn.jiandang.statistics.DailySnapshotJob;
import cn.jiandang.statistics.StatisticsService;
import cn.jiandang.statistics.WarningCounts;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Signals imported through the exchange machinery, warnings raised and verified through the real services on H2. */
@JiandangSpringTest
class WarningServicesTest {

    static final String VILLAGE1 = "130125100201";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    Warnings warnings;

    @Autowired
    WarningSteps steps;

    @Autowired
    TaskListService taskList;

    @Autowired
    IdentificationCases identifications;

    @Autowired
    ImportJobs imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DailySnapshotJob snapshots;

    @Autowired
    StatisticsService statistics;

    final LocalDate today = LocalDate.now();

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aWarningReachesTheVillageTaskListAndNoRiskKeepsTheReason() {
        long household = household(Category.EXITED, "10000");
        ImportJobView job = TestSignals.importAs(
                ctx,
                "county1",
                List.of(TestSignals.line("医疗费用", head(household), today.minusMonths(1), "6000")),
                ImportMode.ALL_OR_NOTHING);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.rowsWritten()).isEqualTo(1);

        TestLogins.login("village1");
        WarningView w = openWarning(household);
        assertThat(w.risk()).isEqualTo(PovertyFactor.ILLNESS);
        assertThat(w.reason()).contains("医疗费用");
        assertThat(w.identificationKinds()).containsExactly(Category.MONITORED);
        assertThat(w.signals()).singleElement().satisfies(s -> {
            assertThat(s.idNumber()).contains("*").isNotEqualTo(head(household));
            assertThat(s.amount()).isEqualByComparingTo("6000");
        });
        TaskRow row = task(household);
        assertThat(row.task().name()).isEqualTo("核实预警");
        assertThat(row.due()).isNotNull().isAfter(row.task().created());

        assertThatThrownBy(() -> steps.completeVerification(row.task().id(), w.id(), true, null, " "))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("comment"));
        assertThat(warnings.find(w.id()).status()).isEqualTo(WarningStatus.OPEN);
        steps.completeVerification(row.task().id(), w.id(), true, null, "医疗费用已由大病保险报销");

        WarningView done = warnings.find(w.id());
        assertThat(done.status()).isEqualTo(WarningStatus.NO_RISK);
        assertThat(done.comment()).isEqualTo("医疗费用已由大病保险报销");
        assertThat(done.decidedBy()).isEqualTo("village1");
    }

    @Test
    void theDailySnapshotCountsWarningsRaisedVerifiedAndIdentifiedPerRegion() {
        long noRisk = household(Category.EXITED, "10000");
        long risk = household(Category.EXITED, "10000");
        TestSignals.importAs(
                ctx,
                "county1",
                List.of(
                        TestSignals.line("医疗费用", head(noRisk), today.minusDays(1), "7000"),
                        TestSignals.line("医疗费用", head(risk), today.minusDays(1), "7000")),
                ImportMode.ALL_OR_NOTHING);
        TestLogins.login("village1");
        WarningView first = openWarning(noRisk);
        steps.completeVerification(task(noRisk).task().id(), first.id(), true, null, "已报销");
        WarningView second = openWarning(risk);
        steps.completeVerification(task(risk).task().id(), second.id(), false, Category.MONITORED, null);

        SystemActor.run(() -> snapshots.compute(snapshots.today()));
        Instant start = snapshots.today().atStartOfDay(snapshots.zone()).toInstant();
        Instant end =
                snapshots.today().plusDays(1).atStartOfDay(snapshots.zone()).toInstant();
        for (String[] region : new String[][] {{"VILLAGE", VILLAGE1}, {"COUNTY", "130125000000"}}) {
            String prefix = region[1].replaceAll("0+$", "");
            Map<String, Object> counted = jdbc.queryForMap(
                    "select raised, no_risk, identified from stat_daily_warning where snapshot_day = ?"
                            + " and region_level = ? and region_code = ?",
                    snapshots.today(),
                    region[0],
                    region[1]);
            assertThat(((Number) counted.get("raised")).longValue())
                    .isGreaterThanOrEqualTo(2)
                    .isEqualTo(count("raised_at", null, prefix, start, end));
            assertThat(((Number) counted.get("no_risk")).longValue())
                    .isGreaterThanOrEqualTo(1)
                    .isEqualTo(count("decided_at", "NO_RISK", prefix, start, end));
            assertThat(((Number) counted.get("identified")).longValue())
                    .isGreaterThanOrEqualTo(1)
                    .isEqualTo(count("decided_at", "IDENTIFICATION", prefix, start, end));
        }
        // the dashboard's figures are the county's row, read through the service with the county's access check
        TestLogins.login("county1");
        WarningCounts shown = statistics.warnings(RegionCode.of("130125000000"), snapshots.today());
        assertThat(shown.raised()).isEqualTo(count("raised_at", null, "130125", start, end));
        assertThat(shown.noRisk()).isEqualTo(count("decided_at", "NO_RISK", "130125", start, end));
        assertThat(shown.identified()).isEqualTo(count("decided_at", "IDENTIFICATION", "130125", start, end));
    }

    /** The independent count: the warnings of the region whose time falls in the day (and of the status). */
    private long count(String column, String status, String prefix, Instant start, Instant end) {
        return jdbc.queryForObject(
                "select count(*) from warning where village_code like ? and " + column + " >= ? and " + column
                        + " < ? and (? is null or status = ?)",
                Long.class,
                prefix + "%",
                Timestamp.from(start),
                Timestamp.from(end),
                status,
                status);
    }

    @Test
    void aRiskStartsTheMonitoredIdentificationOfAnExitedHouseholdWithTheSignalAsItsCause() {
        long household = household(Category.EXITED, "9000");
        TestSignals.importAs(
                ctx,
                "county1",
                List.of(TestSignals.line("DISASTER", head(household), today.minusDays(3), "3000.01")),
                ImportMode.ALL_OR_NOTHING);
        TestLogins.login("village1");
        WarningView w = openWarning(household);
        String taskId = task(household).task().id();
        assertThatThrownBy(() -> steps.completeVerification(taskId, w.id(), false, Category.NEWLY_POOR, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("核实意见不全");

        steps.completeVerification(taskId, w.id(), false, Category.MONITORED, "房屋受损严重");

        WarningView done = warnings.find(w.id());
        assertThat(done.status()).isEqualTo(WarningStatus.IDENTIFICATION);
        IdentificationCaseView c = identifications.find(done.identificationCaseId());
        assertThat(c.householdId()).isEqualTo(household);
        assertThat(c.kind()).isEqualTo(Category.MONITORED);
        assertThat(c.factors()).containsExactly(PovertyFactor.DISASTER);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(identifications.openCaseOf(household)).isPresent();
    }

    @Test
    void anOrdinaryHouseholdMayBecomeMarginalOrNewlyPoor() {
        long household = household(null, "20000");
        String head = head(household);
        TestSignals.importAs(
                ctx,
                "county1",
                List.of(
                        TestSignals.line("残疾认定", head, today.minusDays(20), null),
                        TestSignals.line("失业登记", member(household), today.minusDays(10), null)),
                ImportMode.ALL_OR_NOTHING);
        TestLogins.login("village1");
        WarningView w = openWarning(household);
        assertThat(w.risk()).isEqualTo(PovertyFactor.DISABILITY);
        assertThat(w.signals()).hasSize(2);
        assertThat(w.identificationKinds()).containsExactly(Category.MARGINAL, Category.NEWLY_POOR);
        steps.completeVerification(task(household).task().id(), w.id(), false, Category.NEWLY_POOR, null);
        IdentificationCaseView c = identifications.find(warnings.find(w.id()).identificationCaseId());
        assertThat(c.kind()).isEqualTo(Category.NEWLY_POOR);
        assertThat(c.factors()).containsExactly(PovertyFactor.DISABILITY);
    }

    @Test
    void aNewSignalJoinsTheOpenWarningAndTheSameFileAgainChangesNothing() {
        long household = household(Category.MARGINAL, "10000");
        List<String> file = List.of(TestSignals.line("低保取消", head(household), today.minusDays(40), null));
        TestSignals.importAs(ctx, "county1", file, ImportMode.ALL_OR_NOTHING);
        ImportJobView again = TestSignals.importAs(ctx, "county1", file, ImportMode.ALL_OR_NOTHING);
        assertThat(again.rowsWritten()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(1);
        ImportJobView more = TestSignals.importAs(
                ctx,
                "county1",
                List.of(TestSignals.line("医疗费用", member(household), today.minusDays(2), "9000")),
                ImportMode.ALL_OR_NOTHING);
        assertThat(more.rowsWritten()).isEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from warning where household_id = ?", Long.class, household))
                .isEqualTo(1);
        TestLogins.login("village1");
        WarningView w = openWarning(household);
        assertThat(w.risk()).isEqualTo(PovertyFactor.LACK_OF_FUNDS);
        assertThat(w.signals())
                .extracting(SignalView::source)
                .containsExactly(SignalSource.DIBAO_CANCELLED, SignalSource.MEDICAL);
        assertThat(jdbc.queryForObject(
                        "select count(*) from warning_signal where household_id = ?", Long.class, household))
                .isEqualTo(2);
    }

    @Test
    void badRowsAreReportedByLineAndFieldAndAllOrNothingWritesNothing() {
        long household = household(Category.EXITED, "10000");
        long elsewhere = TestHouseholds.register(households, "130125101201", Category.EXITED);
        String head = head(household);
        ImportJobView job = TestSignals.importAs(
                ctx,
                "township1",
                List.of(
                        TestSignals.line("医疗费用", head, today.minusDays(5), "8000"),
                        TestSignals.line("彩票中奖", head, today.minusDays(5), "8000"),
                        TestSignals.line("医疗费用", head, today.minusDays(5), ""),
                        TestSignals.line("医疗费用", head, today.plusDays(5), "100"),
                        TestSignals.line("医疗费用", head, "2020-13-01", "100"),
                        TestSignals.line("医疗费用", head, today.minusDays(9), "-1"),
                        TestSignals.line("医疗费用", TestHouseholds.newIdNumber(), today.minusDays(5), "100"),
                        TestSignals.line("医疗费用", "130125197001011234", today.minusDays(5), "100"),
                        TestSignals.line("医疗费用", head(elsewhere), today.minusDays(5), "100")),
                ImportMode.ALL_OR_NOTHING);
        assertThat(job.rowsWritten()).isZero();
        assertThat(imports.errors(job.id(), 100))
                .extracting(RowError::line, RowError::field)
                .containsExactly(
                        tuple(3, "source"),
                        tuple(4, "amount"),
                        tuple(5, "date"),
                        tuple(6, "date"),
                        tuple(7, "amount"),
                        tuple(8, "idNumber"),
                        tuple(9, "idNumber"),
                        tuple(10, "idNumber"));
        assertThat(imports.errors(job.id(), 100))
                .allSatisfy(e -> assertThat(e.message()).doesNotContain(head).matches(".*\\p{IsHan}.*"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from warning_signal where import_job_id = ?", Long.class, job.id()))
                .isZero();

        ImportJobView valid = TestSignals.importAs(
                ctx,
                "township1",
                List.of(
                        TestSignals.line("医疗费用", head, today.minusDays(5), "8000"),
                        TestSignals.line("医疗费用", head(elsewhere), today.minusDays(5), "100")),
                ImportMode.VALID_ROWS);
        assertThat(valid.rowsWritten()).isEqualTo(1);
        assertThat(valid.errorCount()).isEqualTo(1);
        assertThat(imports.errors(valid.id(), 10))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不在本辖区内"));
    }

    private long household(Category category, String lastYearsIncome) {
        long id = TestHouseholds.register(households, VILLAGE1, category);
        TestLogins.login("village1");
        TestIncomes.record(baseData, id, today.getYear() - 1, new BigDecimal(lastYearsIncome));
        TestLogins.logout();
        return id;
    }

    private String head(long household) {
        return jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'", String.class, household);
    }

    private String member(long household) {
        return jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation <> 'HEAD'", String.class, household);
    }

    private WarningView openWarning(long household) {
        Long id = jdbc.queryForObject("select id from warning where open_household_id = ?", Long.class, household);
        return warnings.find(id);
    }

    private TaskRow task(long household) {
        return taskList
                .page(new TaskFilter(TaskFilter.Scope.MINE, WarningVariables.PROCESS_KEY, null, false), 0, 5000)
                .stream()
                .filter(r -> Long.valueOf(household).equals(r.task().householdId()))
                .findFirst()
                .orElseThrow();
    }
}
