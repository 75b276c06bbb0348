package cn.jiandang.villageexit.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.villageexit.PoorVillageView;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import cn.jiandang.villageexit.VillageExitStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.ThreadLocalRandom;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.villageexit.VillageExitVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The proposal names its wrong fields (the service's population rule too); review and announcement from the forms. */
class VillageExitTaskFormsTest extends KaribuTest {

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionService regions;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void theProposalNamesEmptyTooLongAndTooSmallFieldsAndStoresNothing() {
        RegionCode poorVillage = freshPoorVillage();
        int before = jdbc.queryForObject("select count(*) from village_exit_case", Integer.class);
        login("township1");
        UI.getCurrent().navigate("village-exit");
        _setValue(_get(TextArea.class, spec -> spec.withId("villageexit-reason")), "因".repeat(501));
        _click(_get(Button.class, spec -> spec.withId("villageexit-propose")));
        ComboBox<PoorVillageView> village = _get(ComboBox.class, spec -> spec.withId("villageexit-village"));
        assertInvalid(village, "请选择");
        assertInvalid(_get(IntegerField.class, spec -> spec.withId("villageexit-population")), "请填写此项");
        assertInvalid(_get(TextArea.class, spec -> spec.withId("villageexit-reason")), "最多500个字，现有501个字");

        // fewer people than the registered poor: the service's rule, shown beside the population
        _setValue(
                village,
                village.getListDataView()
                        .getItems()
                        .filter(v -> v.villageCode().equals(poorVillage.value()))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("villageexit-population")), 1);
        _setValue(_get(TextArea.class, spec -> spec.withId("villageexit-reason")), "达标");
        _click(_get(Button.class, spec -> spec.withId("villageexit-propose")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("villageexit-population"))
                        .getErrorMessage())
                .contains("不少于建档立卡贫困人口");
        assertThat(jdbc.queryForObject("select count(*) from village_exit_case", Integer.class))
                .isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCountyReviewsWithAReasonForARejectionAndAnnouncesTheExit() {
        RegionCode poorVillage = freshPoorVillage();
        TestLogins.login("township1");
        long id = villageExitIntake.propose(poorVillage, 1000, "达标");
        login("county1");
        pages.open(PROCESS_KEY, id, TASK_COUNTY_REVIEW);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("villageexit-decision")),
                false);
        TaskPages.submit();
        assertInvalid(_get(TextArea.class, spec -> spec.withId("task-comment")), "请填写此项");
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.PROPOSED);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("villageexit-decision")),
                true);
        TaskPages.submit();
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.NOTICE);

        pages.executeTimer(PROCESS_KEY, id, "noticeEnded");
        login("county1");
        pages.open(PROCESS_KEY, id, TASK_ANNOUNCEMENT);
        TaskPages.submit();
        TestLogins.login("county1");
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.EXITED);
    }

    /** A village of 龙州镇 of its own (tests share one database), flagged poor by the county, with one poor household. */
    private RegionCode freshPoorVillage() {
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (600 + ThreadLocalRandom.current().nextInt(300)));
        } while (regions.find(village).isPresent());
        TestLogins.login("centre");
        regions.create(village, "出列表单测试村", false);
        TestHouseholds.register(households, village.value(), Category.POOR);
        TestLogins.login("county1");
        poorVillages.markPoorVillage(village, true);
        return village;
    }
}
