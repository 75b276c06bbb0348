package cn.jiandang.quality;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.quality.ui.QualityView;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province starts a run from the page, sees it finish (the worker runs it as in the background), the county's
 * problems per rule, and issues the county's list as rectification cases of the existing procedure, audited.
 */
class QualityViewTest extends KaribuTest {

    static final String COUNTY = "130126000000";

    @Autowired
    QualityWorker worker;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theProvinceRunsTheRulesSeesACountysProblemsAndIssuesThemAsRectificationCases() {
        long noHead = TestHouseholds.register(households, "130126101203", null);
        jdbc.update("update member set relation = 'OTHER' where household_id = ? and relation = 'HEAD'", noHead);
        long badPhone = TestHouseholds.register(households, "130126101203", null);
        jdbc.update("update household set contact_phone = '0' where id = ?", badPhone);
        login("province1");
        UI.getCurrent().navigate(QualityView.class);
        _get(TextField.class, spec -> spec.withId("quality-region")).setValue(COUNTY);
        _click(_get(Button.class, spec -> spec.withId("quality-start")));
        Grid<RunView> runs = _get(Grid.class, spec -> spec.withId("quality-runs"));
        RunView queued = GridKt._get(runs, 0);
        assertThat(queued.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(queued.regionCode()).isEqualTo(COUNTY);

        TestLogins.logout();
        worker.runQueued();
        login("province1");
        _click(_get(Button.class, spec -> spec.withId("quality-refresh")));
        RunView done = GridKt._get(runs, 0);
        assertThat(done.id()).isEqualTo(queued.id());
        assertThat(done.status()).isEqualTo(RunStatus.DONE);
        runs.select(done);

        Grid<RuleCount> counts = _get(Grid.class, spec -> spec.withId("quality-counts"));
        RuleCount q04 = IntStream.range(0, GridKt._size(counts))
                .mapToObj(i -> GridKt._get(counts, i))
                .filter(c -> c.ruleCode().equals("Q04"))
                .findFirst()
                .orElseThrow();
        assertThat(q04.countyCode()).isEqualTo(COUNTY);
        counts.select(q04);
        Grid<ProblemView> problems = _get(Grid.class, spec -> spec.withId("quality-problems"));
        assertThat(IntStream.range(0, GridKt._size(problems))
                        .mapToObj(i -> GridKt._get(problems, i).householdId()))
                .contains(noHead);

        _get(DatePicker.class, spec -> spec.withId("quality-deadline"))
                .setValue(LocalDate.now().plusDays(20));
        _click(_get(Button.class, spec -> spec.withId("quality-issue")));

        Map<String, Object> issued = jdbc.queryForMap(
                "select rectification_case, issued_by from quality_problem where household_id = ? and rule_code = 'Q04'",
                noHead);
        assertThat(issued.get("issued_by")).isEqualTo("province1");
        long caseId = ((Number) issued.get("rectification_case")).longValue();
        Map<String, Object> rectification = jdbc.queryForMap(
                "select household_id, source, description, process_instance_id from rectification_case where id = ?",
                caseId);
        assertThat(((Number) rectification.get("household_id")).longValue()).isEqualTo(noHead);
        assertThat(rectification.get("source")).isEqualTo("DATA_CLEANSING");
        assertThat((String) rectification.get("description")).contains("Q04").contains("户主身份证号");
        assertThat(rectification.get("process_instance_id")).isNotNull();
        // the other problem of the county went out in the same action, as a case of its own household
        assertThat(jdbc.queryForObject(
                        "select rectification_case from quality_problem where household_id = ? and rule_code = 'Q06'",
                        Long.class,
                        badPhone))
                .isNotNull()
                .isNotEqualTo(caseId);
        List<String> audit = jdbc.queryForList(
                "select detail from audit_entry where action = 'ISSUE_PROBLEM_LIST' and entity_id = ?",
                String.class,
                done.id() + ":" + COUNTY);
        assertThat(audit).hasSize(1);
        assertThat(GridKt._get(problems, 0).rectificationCase()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProvinceUploadsAProblemListFileAndItsRunIsListed() {
        long household = TestHouseholds.register(households, "130125100201", null);
        String head = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'", String.class, household);
        login("province1");
        UI.getCurrent().navigate(QualityView.class);
        cn.jiandang.quality.ui.ProblemListUpload upload = _get(cn.jiandang.quality.ui.ProblemListUpload.class);
        upload.received(
                "problems.csv",
                ("户主身份证号,规则代码,问题描述\n" + head + ",,门牌号码与实际不符\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        TestLogins.logout();
        cn.jiandang.exchange.TestImports.runQueued(ctx);
        login("province1");
        upload.refresh();

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("quality-file-status"))
                        .getText())
                .contains("已完成")
                .contains("新增问题 1 个");
        assertThat(jdbc.queryForObject(
                        "select count(*) from quality_problem where household_id = ? and rule_code = 'QF'"
                                + " and live_key is not null",
                        Integer.class,
                        household))
                .isOne();
    }
}
