package cn.jiandang.exchange;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.exchange.ui.ImportView;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county officer uploads a file from the page; the progress bar shows the queued import, and once the background
 * worker has run it, the bar is full and the bad row is listed by line and field. A new page (the browser closed and
 * opened again) lists the import with its result.
 */
class ImportViewTest extends KaribuTest {

    @Autowired
    ImportWorker worker;

    @Autowired
    cn.jiandang.household.HouseholdService households;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anUploadedFileIsImportedInTheBackgroundWhileTheProgressBarAdvancesAndBadRowsAreListed() {
        login("county1");
        UI.getCurrent().navigate(ImportView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("import-template")).getHref())
                .isNotBlank();
        _get(RadioButtonGroup.class, spec -> spec.withId("import-mode")).setValue(ImportMode.VALID_ROWS);
        String head = TestHouseholds.newIdNumber();
        String other = TestHouseholds.newIdNumber();
        String csv = String.join(",", HouseholdFile.HEADERS) + "\n"
                + head + ",130125100201,13812345678,否,页一," + head + ",户主\n"
                + other + ",130125100201,13812345678,否,," + other + ",户主\n";
        ImportView view = _get(ImportView.class);
        view.received("page.csv", csv.getBytes(StandardCharsets.UTF_8));
        ProgressBar bar = _get(ProgressBar.class, spec -> spec.withId("import-progress"));
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getValue()).isZero();

        TestLogins.logout();
        worker.runQueued();
        login("county1");
        view.refresh();

        assertThat(bar.getValue()).isEqualTo(1.0);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-status")).getText())
                .contains("已完成")
                .contains("2 行");
        Grid<RowError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(GridKt._size(errors)).isEqualTo(1);
        assertThat(GridKt._get(errors, 0)).isEqualTo(new RowError(3, "name", "成员姓名不能为空"));

        MockVaadin.tearDown();
        setUpAgain();
        login("county1");
        UI.getCurrent().navigate(ImportView.class);
        Grid<ImportJobView> jobs = _get(Grid.class, spec -> spec.withId("import-jobs"));
        ImportJobView job = GridKt._get(jobs, 0);
        assertThat(job.fileName()).isEqualTo("page.csv");
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.householdsCreated()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileOfIncomesIsImportedFromTheSamePage() {
        long household = TestHouseholds.register(households, "130125100201", null);
        String head = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'", String.class, household);
        login("county1");
        UI.getCurrent().navigate(ImportView.class);
        _get(RadioButtonGroup.class, spec -> spec.withId("import-kind")).setValue("INCOMES");
        String csv = String.join(",", IncomeImport.HEADERS) + "\n" + head + ",2019,6000,2000,0,1500,500\n";
        ImportView view = _get(ImportView.class);
        view.received("incomes.csv", csv.getBytes(StandardCharsets.UTF_8));

        TestLogins.logout();
        worker.runQueued();
        login("county1");
        view.refresh();

        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress"))
                        .getValue())
                .isEqualTo(1.0);
        assertThat(jdbc.queryForObject(
                        "select wages from household_income where household_id = ? and income_year = 2019",
                        java.math.BigDecimal.class,
                        household))
                .isEqualByComparingTo("6000");
        Grid<ImportJobView> jobs = _get(Grid.class, spec -> spec.withId("import-jobs"));
        assertThat(GridKt._get(jobs, 0).kind()).isEqualTo("INCOMES");
        assertThat(GridKt._get(jobs, 0).rowsWritten()).isEqualTo(1);
    }

    private void setUpAgain() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("cn.jiandang"), ctx, UI::new));
    }
}
