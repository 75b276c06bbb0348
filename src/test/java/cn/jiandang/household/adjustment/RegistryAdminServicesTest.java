package cn.jiandang.household.adjustment;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Wording;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.VersionView;
import cn.jiandang.household.correction.CorrectionReport;
import cn.jiandang.household.correction.CorrectionRow;
import cn.jiandang.household.correction.CorrectionRuns;
import cn.jiandang.household.correction.CorrectionWorkbook;
import cn.jiandang.household.correction.MonthCorrectionService;
import cn.jiandang.household.project.ProjectService;
import cn.jiandang.region.RegionAdjustment;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11's administration through the services: a village split and moved to another township (households
 * follow, each with a version), projects' beneficiaries, and R7 runs whose report stays readable (and as XLSX); each
 * refused outside the region or for the wrong role. (R12 does not gate these: none of them is a function a province
 * opens.)
 */
@JiandangSpringTest
class RegistryAdminServicesTest {

    static final RegionCode LINGSHOU = RegionCode.of("130126000000");
    static final String TOWNSHIP = "130126101";

    @Autowired
    VillageAdjustmentService adjustments;

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    RegionService regions;

    @Autowired
    ProjectService projects;

    @Autowired
    MonthCorrectionService corrections;

    @Autowired
    CorrectionRuns runs;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aSplitMovesTheChosenHouseholdsAndAMoveTakesTheWholeVillageToAnotherTownship() {
        TestLogins.login("province1");
        // codes no other test of this JVM took (several create villages in this township at random)
        int n;
        do {
            n = 300 + ThreadLocalRandom.current().nextInt(300);
        } while (regions.find(RegionCode.of(TOWNSHIP + n)).isPresent()
                || regions.find(RegionCode.of(TOWNSHIP + (n + 300))).isPresent());
        RegionCode village = RegionCode.of(TOWNSHIP + n);
        adjustments.createVillage(village, "拆分前村" + n, LocalDate.of(2019, 1, 1), false);
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long stays = register(village);
        long leaves = register(village);
        TestLogins.login("province1");
        RegionCode newVillage = RegionCode.of(TOWNSHIP + (n + 300));
        assertThat(adjustments.split(village, newVillage, "新村" + n, true, LocalDate.of(2020, 3, 1), List.of(leaves)))
                .isEqualTo(1);
        assertThat(households.villageOf(leaves)).isEqualTo(newVillage);
        assertThat(households.villageOf(stays)).isEqualTo(village);
        assertThat(households.villageAsOf(leaves, LocalDate.of(2020, 2, 1))).isEqualTo(village);
        assertThat(regions.nameHistory(newVillage))
                .singleElement()
                .satisfies(h -> assertThat(h.temporary()).isTrue());
        assertThat(baseData.versions(leaves))
                .extracting(VersionView::procedure)
                .last()
                .isEqualTo("REGION_SPLIT");

        RegionCode moved = RegionCode.of("130126100" + n);
        assertThat(adjustments.move(village, moved, LocalDate.of(2020, 6, 1))).isEqualTo(1);
        assertThat(households.villageOf(stays)).isEqualTo(moved);
        assertThat(regions.name(moved)).isEqualTo("拆分前村" + n);
        assertThat(regions.status(village).orElseThrow().successor()).isEqualTo(moved);
        assertThatThrownBy(
                        () -> adjustments.move(newVillage, RegionCode.of(TOWNSHIP + "999"), LocalDate.of(2020, 7, 1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("newCode"));
        assertThatThrownBy(() -> adjustments.split(
                        village, RegionCode.of(TOWNSHIP + "998"), "", false, LocalDate.now(), List.of(stays)))
                .isInstanceOf(BusinessException.class);

        TestLogins.login("county1"); // 行唐县 adjusting 灵寿县
        assertThatThrownBy(
                        () -> adjustments.rename(newVillage, "越权", LocalDate.of(2021, 1, 1), RegionAdjustment.RENAMED))
                .isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login(TestLogins.officer("lstown", Role.TOWNSHIP_OFFICER, TOWNSHIP + "000"));
        assertThatThrownBy(() -> adjustments.merge(newVillage, moved, LocalDate.of(2021, 1, 1)))
                .isInstanceOf(RegionAccessDeniedException.class);
        assertThat(households.villageOf(leaves)).isEqualTo(newVillage);
    }

    @Test
    void aProjectListsItsBeneficiariesAndOnlyItsCountyLinksThem() {
        TestLogins.login("county1");
        long marginal = TestHouseholds.register(households, "130125100201", Category.MARGINAL);
        long project = projects.create(RegionCode.of("130125000000"), "饮水工程" + marginal, 2020, List.of(marginal));
        assertThat(projects.beneficiaries(project))
                .extracting(HouseholdSummary::id)
                .containsExactly(marginal);
        assertThat(projects.withoutMarginalBeneficiary(RegionCode.of("130125000000")))
                .noneMatch(p -> p.id() == project);

        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long elsewhere = register(RegionCode.of("130126101202"));
        TestLogins.login("county1");
        assertThatThrownBy(() -> projects.addBeneficiaries(project, List.of(elsewhere)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("beneficiaries"));
        TestLogins.login("township1");
        assertThatThrownBy(() -> projects.create(RegionCode.of("130125000000"), "越权项目", 2020, List.of()))
                .isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login("county2");
        assertThatThrownBy(() -> projects.beneficiaries(project)).isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void anAppliedR7RunKeepsItsReportWithTheMonthsBeforeItAndMaskedNumbers() throws Exception {
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long id = register(RegionCode.of("130126101202"));
        households.changeCategory(new CategoryChangeRequest(
                id, Category.RETURNED, YearMonth.of(2019, 10), Set.of(PovertyFactor.EPIDEMIC), "t", "TEST", null));
        CorrectionReport applied = corrections.apply(LINGSHOU);
        assertThat(applied.runId()).isNotNull();
        assertThat(runs.runs(LINGSHOU)).first().satisfies(r -> {
            assertThat(r.id()).isEqualTo(applied.runId());
            assertThat(r.appliedBy()).isEqualTo("lingshou");
        });
        List<CorrectionRow> rows = runs.rows(applied.runId());
        assertThat(rows).isEqualTo(applied.rows());
        CorrectionRow row =
                rows.stream().filter(r -> r.householdId() == id).findFirst().orElseThrow();
        assertThat(row.kind()).isEqualTo(CorrectionRow.IDENTIFICATION_MONTH);
        assertThat(row.from()).isEqualTo(YearMonth.of(2019, 10));
        assertThat(row.idNumberMasked()).matches("\\d{4}\\*{10}[0-9X]{4}");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        CorrectionWorkbook.write("报告", rows, Wording.chinese(), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("更正内容");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + rows.size());
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).doesNotMatch(".*\\d{17}.*");
        }

        TestLogins.login("county1");
        assertThatThrownBy(() -> runs.rows(applied.runId())).isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> corrections.apply(LINGSHOU)).isInstanceOf(RegionAccessDeniedException.class);
    }

    private long register(RegionCode village) {
        return households.register(new NewHousehold(
                village,
                "13800000000",
                false,
                List.of(new NewHousehold.NewMember("区划测试", TestHouseholds.newIdNumber(), Relation.HEAD))));
    }
}
