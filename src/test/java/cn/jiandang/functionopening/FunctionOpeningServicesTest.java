package cn.jiandang.functionopening;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.featureaccess.FeatureClosedException;
import cn.jiandang.featureaccess.FeatureGrantEventView;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.featureaccess.GrantEvent;
import cn.jiandang.featureaccess.GrantStatus;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Function opening through the real services and engine, and the gate it opens and closes. */
@JiandangSpringTest
class FunctionOpeningServicesTest {

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    FeatureAccess access;

    @Autowired
    FeatureGrants grants;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aProvinceAsksTheCentreOpensThenTheProvinceGivesNoticeAndTheCentreCloses() {
        TestLogins.login(TestLogins.officer("province14", Role.PROVINCE_OFFICER, "140000000000"));
        long id = openingIntake.request(
                Feature.NATURAL_CHANGE,
                "年底集中更新人口自然变更",
                LocalDate.now(),
                LocalDate.now().plusMonths(2));
        assertThat(access.isOpen(Feature.NATURAL_CHANGE, RegionCode.of("140105000000")))
                .isFalse();

        TestLogins.login("centre");
        opening.decide(taskOf(id).task().id(), id, true, "同意");
        assertThat(access.isOpen(Feature.NATURAL_CHANGE, RegionCode.of("140105001001")))
                .isTrue();

        TestLogins.login(TestLogins.officer("province14", Role.PROVINCE_OFFICER, "140000000000"));
        assertThatThrownBy(
                        () -> openingIntake.request(Feature.NATURAL_CHANGE, "再次申请", LocalDate.now(), LocalDate.now()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("已开放")
                .hasMessageContaining("不能重复申请");
        opening.requestClose(id, "变更已完成");
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.CLOSE_REQUESTED);
        assertThat(access.isOpen(Feature.NATURAL_CHANGE, RegionCode.of("140105000000")))
                .isTrue();

        TestLogins.login("centre");
        opening.confirmClose(taskOf(id).task().id(), id, true, "");
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.CLOSED);
        assertThatThrownBy(() -> access.checkOpen(Feature.NATURAL_CHANGE, RegionCode.of("140105000000")))
                .isInstanceOf(FeatureClosedException.class);
        assertThat(grants.history(RegionCode.of("140000000000")))
                .extracting(FeatureGrantEventView::event)
                .containsExactly(
                        GrantEvent.CLOSED, GrantEvent.CLOSE_REQUESTED, GrantEvent.OPENED, GrantEvent.REQUESTED);
    }

    @Test
    void thePeriodEndClosesTheFunction() {
        TestLogins.login(TestLogins.officer("province15", Role.PROVINCE_OFFICER, "150000000000"));
        long id = openingIntake.request(
                Feature.ASSISTANCE, "帮扶信息集中录入", LocalDate.now(), LocalDate.now().plusDays(10));
        TestLogins.login("centre");
        opening.decide(taskOf(id).task().id(), id, true, null);
        String pi = opening.find(id).processInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .singleResult()
                .getId());
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.EXPIRED);
        assertThat(access.isOpen(Feature.ASSISTANCE, RegionCode.of("150000000000")))
                .isFalse();
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() {
        TestLogins.login("province1");
        assertThatThrownBy(
                        () -> openingIntake.request(Feature.NATURAL_CHANGE, "再开一次", LocalDate.now(), LocalDate.now()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("本省“自然变更”功能已开放");
        assertThatThrownBy(() -> openingIntake.request(Feature.STATISTICS, "统计", LocalDate.now(), LocalDate.now()))
                .hasMessage("统计分析功能始终开放，无需申请");
        TestLogins.login(TestLogins.officer("province21", Role.PROVINCE_OFFICER, "210000000000"));
        assertThatThrownBy(() -> openingIntake.request(Feature.ASSISTANCE, " ", LocalDate.now(), LocalDate.now()))
                .hasMessage("请填写申请理由");
        assertThatThrownBy(() -> openingIntake.request(
                        Feature.ASSISTANCE,
                        "录入",
                        LocalDate.now(),
                        LocalDate.now().minusDays(1)))
                .hasMessage("结束日期不能早于开始日期");
        long id = openingIntake.request(
                Feature.ASSISTANCE, "录入", LocalDate.now(), LocalDate.now().plusDays(3));
        assertThatThrownBy(() -> openingIntake.request(
                        Feature.ASSISTANCE,
                        "录入",
                        LocalDate.now(),
                        LocalDate.now().plusDays(3)))
                .hasMessageContaining("正在等待信息中心审批");
        TestLogins.login("centre");
        String taskId = taskOf(id).task().id();
        assertThatThrownBy(() -> opening.decide(taskId, id, false, "")).hasMessage("不予开放时必须填写理由");
        opening.decide(taskId, id, false, "理由不充分");
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.REJECTED);
        TestLogins.login("county1");
        assertThatThrownBy(() -> openingIntake.request(Feature.ASSISTANCE, "录入", LocalDate.now(), LocalDate.now()))
                .hasMessage("只有省级扶贫办可以申请开放功能");
    }

    private TaskRow taskOf(long grantId) {
        return taskList.page(0, 500).stream()
                .filter(r ->
                        FunctionOpeningVariables.PROCESS_KEY.equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() == grantId)
                .findFirst()
                .orElseThrow();
    }
}
