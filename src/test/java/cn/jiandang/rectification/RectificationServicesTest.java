package cn.jiandang.rectification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rectification through the real services and engine: import, routing down, verification up, return, escalation, R14. */
@JiandangSpringTest
class RectificationServicesTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");

    @Autowired
    RectificationCases rectification;

    @Autowired
    AppReports rectificationAppReports;

    @Autowired
    RectificationSteps rectificationSteps;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    HouseholdService households;

    @Autowired
    ManagementService management;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aProblemListKeepsTheValidRowsAndReportsEachInvalidRow() {
        TestLogins.login("supervisor");
        long household = household(0);
        String csv = """
                对象,问题类型,问题描述
                %d,INFO_WRONG,户主联系电话与实际不符
                130125100000,巡视发现问题,龙州镇帮扶台账不全
                99999999,信息错误,不存在的户
                130125999999,OTHER,不存在的村
                130000000000,OTHER,省级问题不能下发到县
                %d,没有这种类型,类型错误
                %d,OTHER,
                """.formatted(household, household, household);
        ImportReport report = rectificationIntake.importProblems(
                csv, ProblemSource.DATA_CLEANSING, LocalDate.now().plusDays(20));
        assertThat(report.createdCaseIds()).hasSize(2);
        assertThat(report.errors())
                .extracting(ImportReport.RowError::toString)
                .containsExactly(
                        "第4行：户编号 99999999 不存在",
                        "第5行：行政区划 130125999999 不存在",
                        "第6行：行政区划 130000000000 高于县级：问题须落实到县级或以下",
                        "第7行：问题类型“没有这种类型”无法识别",
                        "第8行：问题描述不能为空");
        RectificationCaseView township =
                rectification.find(report.createdCaseIds().get(1));
        assertThat(township.type()).isEqualTo(ProblemType.INSPECTION_FINDING);
        assertThat(township.countyCode()).isEqualTo("130125000000");
        assertThatThrownBy(() ->
                        rectificationIntake.importProblems("对象,类型,描述\n", ProblemSource.INSPECTION, LocalDate.now()))
                .hasMessageContaining("问题清单为空");
    }

    @Test
    void passedDownToTheVillageVerifiedUpReturnedOnceThenClosed() {
        long household = household(1);
        TestLogins.login("supervisor");
        long id = rectificationIntake.create(new NewProblem(
                household,
                null,
                ProblemType.INFO_INCOMPLETE,
                "缺少务工信息",
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(10)));
        TestLogins.login("county1");
        assertThatThrownBy(() -> rectificationSteps.handle(task(id, "countyHandling"), id, false, "", ""))
                .hasMessage("请填写整改情况");
        rectificationSteps.handle(task(id, "countyHandling"), id, true, null, null);
        TestLogins.login("township2");
        assertThat(taskList.page(0, 500)).noneMatch(r -> isCase(r, id));
        TestLogins.login("township1");
        rectificationSteps.handle(task(id, "townshipHandling"), id, true, null, null);
        TestLogins.login("village1");
        rectificationSteps.rectify(task(id, "villageRectification"), id, "已补录务工信息", "照片3张");
        TestLogins.login("township1");
        rectificationSteps.verify(task(id, "townshipVerification"), id, true, "属实");
        TestLogins.login("county1");
        rectificationSteps.verify(task(id, "countyVerification"), id, true, null);
        TestLogins.login("supervisor");
        assertThat(rectification.find(id).status()).isEqualTo(RectificationStatus.SUBMITTED);
        assertThatThrownBy(() -> rectificationSteps.accept(task(id, "supervisorAcceptance"), id, false, " "))
                .hasMessage("退回整改时必须填写理由");
        rectificationSteps.accept(task(id, "supervisorAcceptance"), id, false, "佐证不足");
        TestLogins.login("county1");
        rectificationSteps.handle(task(id, "countyHandling"), id, false, "县级补充核查", "核查记录");
        TestLogins.login("supervisor");
        rectificationSteps.accept(task(id, "supervisorAcceptance"), id, true, "同意销号");
        RectificationCaseView closed = rectification.find(id);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.rounds()).isEqualTo(1);
        assertThat(closed.handlerLevel()).isEqualTo("COUNTY");
        assertThat(rectification.board(RectificationStatus.CLOSED, null, null))
                .extracting(RectificationCaseView::id)
                .contains(id);
    }

    @Test
    void anOverdueCaseEscalatesAndComesFirstOnTheBoard() {
        TestLogins.login("supervisor");
        long later = rectificationIntake.create(new NewProblem(
                null,
                "130125101000",
                ProblemType.OTHER,
                "later",
                ProblemSource.DATA_CLEANSING,
                LocalDate.now().plusDays(60)));
        long id = rectificationIntake.create(new NewProblem(
                null,
                "130125101000",
                ProblemType.OTHER,
                "台账缺失",
                ProblemSource.DATA_CLEANSING,
                LocalDate.now().plusDays(90)));
        String pi = rectification.find(id).processInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .singleResult()
                .getId());
        RectificationCaseView overdue = rectification.find(id);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.escalatedTo()).isEqualTo("PROVINCE_OFFICER:13");
        List<RectificationCaseView> board = rectification.board(null, RegionCode.of("130125101000"), null);
        assertThat(board.get(0).id()).isEqualTo(id);
        assertThat(board).extracting(RectificationCaseView::id).contains(later);
        TestLogins.login("province1");
        assertThat(taskList.page(0, 500))
                .anyMatch(r ->
                        isCase(r, id) && "urgeRectification".equals(r.task().taskDefinitionKey()));
    }

    @Test
    void appReportsReachTheProvinceOnlyWithPlaceNamesHidden() {
        long household = household(2);
        TestLogins.login("centre");
        long id = rectificationAppReports.reportFromApp(
                household, "行唐县龙州镇东关村：我家去年已脱贫，系统仍显示贫困户", LocalDate.now().plusDays(15));
        TestLogins.login("province1");
        DesensitisedReport report = rectificationAppReports.appReportsForProvince().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(report.description())
                .isEqualTo("＊＊＊＊＊＊：我家去年已脱贫，系统仍显示贫困户")
                .doesNotContain("东关村")
                .doesNotContain("行唐县");
        assertThat(report.type()).isEqualTo(ProblemType.RECORDS_DIFFER);
        assertThatThrownBy(() -> rectification.find(id)).isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login("county1");
        assertThat(rectification.find(id).description()).contains("东关村");
        assertThatThrownBy(() -> rectificationAppReports.appReportsForProvince())
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void onlySupervisorsAndTheCentreCreateCases() {
        TestLogins.login("county1");
        assertThatThrownBy(() -> rectificationIntake.create(new NewProblem(
                        null, "130125000000", ProblemType.OTHER, "x", ProblemSource.INSPECTION, LocalDate.now())))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    private long household(int index) {
        TestLogins.login(TestLogins.officer("supervisor"));
        var page = households.search(VILLAGE1, null, PageRequest.of(index, 1)).getContent();
        return page.get(0).id();
    }

    private String task(long caseId, String key) {
        return taskList.page(0, 500).stream()
                .filter(r -> isCase(r, caseId) && key.equals(r.task().taskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + key))
                .task()
                .id();
    }

    private static boolean isCase(TaskRow r, long caseId) {
        return RectificationVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                && r.task().caseId() == caseId;
    }
}
