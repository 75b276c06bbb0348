package cn.jiandang.household.ui.admin;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.correction.CorrectionRow;
import cn.jiandang.household.correction.CorrectionRun;
import cn.jiandang.household.project.ProjectView;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionNameView;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry's administration pages: R7 batch correction, region adjustments, projects (issue 11). */
@SuppressWarnings("unchecked")
class RegistryAdminViewsTest extends KaribuTest {

    static final RegionCode LINGSHOU = RegionCode.of("130126000000");

    @Autowired
    HouseholdService households;

    @Autowired
    RegionService regions;

    @Test
    void theProvinceRunsR7DryThenAppliesItAndTheReportStaysDownloadable() {
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long id = households.register(new NewHousehold(
                RegionCode.of("130126101202"),
                "13800000000",
                false,
                List.of(new NewHousehold.NewMember("更正测试", TestHouseholds.newIdNumber(), Relation.HEAD))));
        households.changeCategory(new CategoryChangeRequest(
                id, Category.NEWLY_POOR, YearMonth.of(2019, 12), Set.of(PovertyFactor.ILLNESS), "t", "TEST", null));
        login("province1");
        UI.getCurrent().navigate("registry/corrections");
        ComboBox<RegionView> scope = _get(ComboBox.class, spec -> spec.withId("correction-scope"));
        scope.setValue(regions.find(LINGSHOU).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("correction-dry-run")));
        assertThat(_get(Span.class, spec -> spec.withId("correction-summary")).getText())
                .startsWith("试运行");
        Grid<CorrectionRow> rows = _get(Grid.class, spec -> spec.withId("correction-rows"));
        assertThat(rowsOf(rows)).anySatisfy(r -> {
            assertThat(r.householdId()).isEqualTo(id);
            assertThat(r.from()).isEqualTo(YearMonth.of(2019, 12));
            assertThat(r.to()).isEqualTo(YearMonth.of(2019, 9));
        });
        assertThat(_get(Anchor.class, spec -> spec.withId("correction-dry-run-xlsx")))
                .isNotNull();
        Grid<CorrectionRun> runs = _get(Grid.class, spec -> spec.withId("correction-runs"));
        int before = GridKt._size(runs);

        _click(_get(Button.class, spec -> spec.withId("correction-apply")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("correction-summary")).getText())
                .startsWith("已更正");
        assertThat(households.details(id).identificationMonth()).isEqualTo(YearMonth.of(2019, 9));
        assertThat(GridKt._size(runs)).isEqualTo(before + 1);
        long run = GridKt._get(runs, 0).id();
        assertThat(GridKt._getCellComponent(runs, 0, "report").getId()).hasValue("correction-run-xlsx-" + run);
        assertThat(_get(Button.class, spec -> spec.withId("correction-apply")).isEnabled())
                .isFalse();
    }

    @Test
    void theProvinceRenamesAVillageAndMergesItAndItsHouseholdsFollow() {
        String township = "130126101000";
        // two codes no other test of this JVM took (several create villages in this township at random)
        RegionCode site;
        RegionCode other;
        do {
            int n = 300 + ThreadLocalRandom.current().nextInt(600);
            site = RegionCode.of(township.substring(0, 9) + n);
            other = RegionCode.of(township.substring(0, 9) + (n + 1));
        } while (regions.find(site).isPresent() || regions.find(other).isPresent());
        login("province1");
        UI.getCurrent().navigate("registry/regions");
        _get(ComboBox.class, spec -> spec.withId("regions-township"))
                .setValue(regions.find(RegionCode.of(township)).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("regions-create")));
        _get(TextField.class, spec -> spec.withId("regions-new-code")).setValue(site.value());
        _get(TextField.class, spec -> spec.withId("regions-new-name"))
                .setValue("暂用安置点" + site.value().substring(9));
        _get(Checkbox.class, spec -> spec.withId("regions-temporary")).setValue(true);
        _get(DatePicker.class, spec -> spec.withId("regions-effective")).setValue(LocalDate.of(2020, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("regions-submit")));
        _click(_get(Button.class, spec -> spec.withId("regions-create")));
        _get(TextField.class, spec -> spec.withId("regions-new-code")).setValue(other.value());
        _get(TextField.class, spec -> spec.withId("regions-new-name"))
                .setValue("合并村" + other.value().substring(9));
        _get(DatePicker.class, spec -> spec.withId("regions-effective")).setValue(LocalDate.of(2020, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("regions-submit")));
        TestLogins.login(TestLogins.officer("lingshou", Role.COUNTY_OFFICER, LINGSHOU.value()));
        long household = households.register(new NewHousehold(
                site,
                "13800000000",
                false,
                List.of(new NewHousehold.NewMember("安置户", TestHouseholds.newIdNumber(), Relation.HEAD))));

        login("province1");
        _get(ComboBox.class, spec -> spec.withId("regions-village"))
                .setValue(regions.find(site).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("regions-replace-temporary")));
        _get(TextField.class, spec -> spec.withId("regions-new-name"))
                .setValue("幸福家园" + site.value().substring(9));
        _get(DatePicker.class, spec -> spec.withId("regions-effective")).setValue(LocalDate.of(2020, 6, 1));
        _click(_get(Button.class, spec -> spec.withId("regions-submit")));
        Grid<RegionNameView> names = _get(Grid.class, spec -> spec.withId("regions-names"));
        assertThat(GridKt._size(names)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(names, 0))
                .contains("暂用安置点" + site.value().substring(9), "是", "新设");
        assertThat(GridKt._getFormattedRow(names, 1))
                .contains("幸福家园" + site.value().substring(9), "暂用名称更正");

        _click(_get(Button.class, spec -> spec.withId("regions-merge")));
        _get(ComboBox.class, spec -> spec.withId("regions-into"))
                .setValue(regions.find(other).orElseThrow());
        _get(DatePicker.class, spec -> spec.withId("regions-effective")).setValue(LocalDate.of(2020, 9, 1));
        _click(_get(Button.class, spec -> spec.withId("regions-submit")));
        assertThat(households.villageOf(household)).isEqualTo(other);
        assertThat(_get(Span.class, spec -> spec.withId("regions-details")).getText())
                .contains("2020-09-01");
    }

    @Test
    void theCountyCreatesAProjectLinksAMarginalHouseholdAndTheReportCountsProjectsWithoutOne() {
        TestLogins.login("county1");
        String name = "边缘户" + ThreadLocalRandom.current().nextInt(1_000_000);
        long marginal = households.register(new NewHousehold(
                RegionCode.of("130125100201"),
                "13800000000",
                false,
                List.of(new NewHousehold.NewMember(name, TestHouseholds.newIdNumber(), Relation.HEAD))));
        households.changeCategory(new CategoryChangeRequest(
                marginal, Category.MARGINAL, YearMonth.of(2020, 4), Set.of(PovertyFactor.EPIDEMIC), "t", "TEST", null));
        login("county1");
        UI.getCurrent().navigate("registry/projects");
        String project = "产业项目" + ThreadLocalRandom.current().nextInt(1_000_000);
        _click(_get(Button.class, spec -> spec.withId("projects-create")));
        _get(TextField.class, spec -> spec.withId("projects-name")).setValue(project);
        _get(IntegerField.class, spec -> spec.withId("projects-year")).setValue(2020);
        _click(_get(Button.class, spec -> spec.withId("projects-save")));
        Grid<ProjectView> grid = _get(Grid.class, spec -> spec.withId("projects"));
        ProjectView created = rowsOf(grid).stream()
                .filter(p -> p.name().equals(project))
                .findFirst()
                .orElseThrow();
        assertThat(created.marginalBeneficiaries()).isZero();
        _get(Checkbox.class, spec -> spec.withId("projects-without-marginal")).setValue(true);
        assertThat(rowsOf(grid)).extracting(ProjectView::name).contains(project);
        String report = _get(Span.class, spec -> spec.withId("projects-report")).getText();
        assertThat(report).contains("没有边缘户受益");

        grid.select(created);
        _click(_get(Button.class, spec -> spec.withId("projects-link")));
        _get(TextField.class, spec -> spec.withId("projects-link-q")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("projects-link-find")));
        Grid<HouseholdSummary> found = _get(Grid.class, spec -> spec.withId("projects-link-found"));
        found.select(GridKt._get(found, 0));
        _click(_get(Button.class, spec -> spec.withId("projects-link-save")));
        assertThat(rowsOf(_get(Grid.class, spec -> spec.withId("project-beneficiaries"))))
                .extracting(h -> ((HouseholdSummary) h).id())
                .containsExactly(marginal);
        _get(Checkbox.class, spec -> spec.withId("projects-without-marginal")).setValue(false);
        assertThat(rowsOf(grid).stream()
                        .filter(p -> p.name().equals(project))
                        .findFirst()
                        .orElseThrow()
                        .marginalBeneficiaries())
                .isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("projects-create"))).hasSize(1);
    }

    private static <T> List<T> rowsOf(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
