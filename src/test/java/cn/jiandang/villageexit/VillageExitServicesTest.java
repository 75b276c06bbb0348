package cn.jiandang.villageexit;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.publicnotice.ExitObjectionView;
import cn.jiandang.publicnotice.ExitObjections;
import cn.jiandang.publicnotice.PublicBoardPages;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Village exit through the real services, DMN and engine: proposal, objection, notice timer, announcement. */
@JiandangSpringTest
class VillageExitServicesTest {

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitSteps villageExitSteps;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @Autowired
    RegionService regions;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExitObjections exitObjections;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aVillageBelowTwoPercentExitsAfterAnObjectionAndTheProvinceSeesIt() throws Exception {
        RegionCode village = RegionCode.of("130125100202");
        TestLogins.login("township1");
        int poor = poorVillages.populations(village)[0];
        assertThat(poor).isPositive();
        long id = villageExitIntake.propose(village, poor * 100, "脱贫攻坚成效明显");
        assertThat(villageExit.find(id).qualifies()).isTrue();
        assertThat(villageExit.find(id).western()).isFalse();

        TestLogins.login("county1");
        villageExitSteps.review(task(id, "countyReview"), id, true, "同意公示");
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.NOTICE);
        // the public board shows the village's exit on notice, with the objection form; a visitor's objection waits
        // for the township, which registers it as the case's: the county reviews again
        assertThat(PublicBoardPages.board(mvc, village.value())).contains("贫困村出列公示：西关村拟退出贫困村");
        assertThat(PublicBoardPages.notice(mvc, village.value(), "贫困村出列公示")).contains("西关村", "公示中", "<form");
        assertThat(PublicBoardPages.object(
                        mvc, village.value(), "贫困村出列公示", "203.0.113.81", "赵六", "13700000081", "有群众反映贫困人口统计不全"))
                .contains("您的异议已提交")
                .doesNotContain("13700000081");
        TestLogins.login("township1");
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.NOTICE);
        ExitObjectionView online = exitObjections.pending().stream()
                .filter(o -> o.subject().equals("西关村"))
                .findFirst()
                .orElseThrow();
        assertThat(online.raiserPhoneMasked()).isEqualTo("137****0081");
        exitObjections.register(online.id());
        assertThat(villageExit.find(id).status()).isNotEqualTo(VillageExitStatus.NOTICE);
        assertThat(exitObjections.pending()).extracting(ExitObjectionView::id).doesNotContain(online.id());
        assertThatThrownBy(() -> exitObjections.register(online.id())).hasMessage("该异议已处理，请刷新列表");
        TestLogins.login("county1");
        villageExitSteps.review(task(id, "countyReview"), id, true, "经核实，异议不成立");
        String pi = villageExit.find(id).processInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .singleResult()
                .getId());
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.ANNOUNCING);
        villageExitSteps.announce(task(id, "countyAnnouncement"), id, "公告");

        TestLogins.login("province1");
        VillageExitCaseView exited = villageExit.list().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(exited.status()).isEqualTo(VillageExitStatus.EXITED);
        assertThat(exited.provinceInformedAt()).isNotNull();
        assertThat(exited.objection()).isEqualTo("【网上公示栏异议】提出人：赵六，电话：137****0081。有群众反映贫困人口统计不全");

        // the poor-village flag records the year of the exit: not proposable again, the flag no longer changes
        int year = LocalDate.now(clock).getYear();
        assertThat(poorVillages.poorVillages())
                .filteredOn(v -> v.villageCode().equals(village.value()))
                .singleElement()
                .satisfies(v -> assertThat(v.exitYear()).isEqualTo(year));
        TestLogins.login("township1");
        assertThat(poorVillages.proposableVillages())
                .extracting(PoorVillageView::villageCode)
                .doesNotContain(village.value());
        assertThatThrownBy(() -> villageExitIntake.propose(village, 5000, "再次"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("西关村已于" + year + "年出列，不能重复申请");
        TestLogins.login("county1");
        assertThatThrownBy(() -> poorVillages.markPoorVillage(village, false))
                .hasMessage("西关村已于" + year + "年出列，贫困村标注不能再更改");
    }

    @Test
    void aVillageThatIsNotAPoorVillageCannotBeProposed() {
        TestLogins.login("township1");
        assertThatThrownBy(() -> villageExitIntake.propose(RegionCode.of("130125100201"), 1000, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("东关村不是贫困村，不能申请出列（贫困村由县级或省级标注）");
        assertThat(poorVillages.proposableVillages())
                .isNotEmpty()
                .noneMatch(PoorVillageView::exited)
                .extracting(PoorVillageView::villageCode)
                .doesNotContain("130125100201");
        // only county and province flag poor villages
        assertThatThrownBy(() -> poorVillages.markPoorVillage(RegionCode.of("130125100201"), true))
                .hasMessage("您的角色不能执行此操作");
    }

    @Test
    void theCountyFlagsAPoorVillageThatMayThenBeProposed() {
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (300 + ThreadLocalRandom.current().nextInt(300)));
        } while (regions.find(village).isPresent());
        regions.create(village, "出列测试村", false);
        RegionCode flagged = village;
        TestLogins.login("county2");
        assertThatThrownBy(() -> poorVillages.markPoorVillage(flagged, true)).hasMessageContaining("无权处理本辖区以外的数据");
        TestLogins.login("county1");
        poorVillages.markPoorVillage(flagged, true);
        assertThat(poorVillages.poorVillages())
                .extracting(PoorVillageView::villageCode)
                .contains(flagged.value());

        TestLogins.login("township1");
        assertThat(poorVillages.proposableVillages())
                .extracting(PoorVillageView::villageCode)
                .contains(flagged.value());
        long id = villageExitIntake.propose(flagged, 300, "贫困人口已全部脱贫");
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.PROPOSED);
        assertThat(poorVillages.proposableVillages())
                .extracting(PoorVillageView::villageCode)
                .doesNotContain(flagged.value());
        TestLogins.login("county1");
        assertThatThrownBy(() -> poorVillages.markPoorVillage(flagged, false)).hasMessage("出列测试村有办理中的出列申请，不能取消贫困村标注");
    }

    @Test
    void aVillageAtOrAboveTheThresholdIsRejectedWithTheReason() {
        RegionCode village = RegionCode.of("130125100203");
        TestLogins.login("township1");
        int poor = poorVillages.populations(village)[0];
        long id = villageExitIntake.propose(village, poor * 10, null);
        VillageExitCaseView c = villageExit.find(id);
        assertThat(c.status()).isEqualTo(VillageExitStatus.REJECTED);
        assertThat(c.countyComment()).isEqualTo("贫困发生率10%，未达到出列标准（低于2%）");
        assertThatThrownBy(() -> villageExitIntake.propose(village, poor - 1, null))
                .hasMessageContaining("不少于建档立卡贫困人口");
        assertThat(poorVillages.isWestern(RegionCode.of("510104000000"))).isTrue();
    }

    @Test
    void anotherTownshipCannotPropose() {
        TestLogins.login("township2");
        assertThatThrownBy(() -> villageExitIntake.propose(RegionCode.of("130125100201"), 1000, null))
                .hasMessageContaining("无权处理本辖区以外的数据");
    }

    private String task(long caseId, String key) {
        return taskList.page(0, 500).stream()
                .filter(r -> VillageExitVariables.PROCESS_KEY.equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() == caseId && key.equals(r.task().taskDefinitionKey()))
                .findFirst()
                .orElseThrow()
                .task()
                .id();
    }
}
