package cn.jiandang.exchange;

import cn.jiandang.KaribuTest;
import cn.jiandang.exchange.ui.DibaoView;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province officer uploads a quarter's 低保 file from the page: the progress bar fills once the background worker
 * has run, the status counts the rows, and the coverage table shows the county's quarter with its recipients and a
 * quarter without data as missing; the household page's 低保 section shows the member's receipt masked.
 */
class DibaoViewTest extends KaribuTest {

    @Autowired
    ImportWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anUploadedQuarterIsImportedAndShownInTheCoverageTableAndOnTheHouseholdPage() {
        String[] member = jdbc.queryForObject(
                "select m.id_number, m.name, m.household_id from member m join household h on h.id = m.household_id"
                        + " where h.village_code like '130125%' and m.departed = false order by m.id"
                        + " fetch first 1 rows only",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        login("province1");
        UI.getCurrent().navigate(DibaoView.class);
        _get(TextField.class, spec -> spec.withId("dibao-quarter")).setValue("2018Q3");
        _get(RadioButtonGroup.class, spec -> spec.withId("dibao-mode")).setValue(ImportMode.VALID_ROWS);
        String csv = String.join(",", DibaoRows.HEADERS) + "\n" + member[0] + "," + member[1]
                + ",130125000000,250,2018-07,2018-09,2018Q3\n";
        DibaoView view = _get(DibaoView.class);
        view.received("dibao.csv", csv.getBytes(StandardCharsets.UTF_8));
        ProgressBar bar = _get(ProgressBar.class, spec -> spec.withId("dibao-progress"));
        assertThat(bar.getValue()).isZero();

        TestLogins.logout();
        worker.runQueued();
        login("province1");
        view.refresh();

        assertThat(bar.getValue()).isEqualTo(1.0);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dibao-status")).getText())
                .contains("已完成")
                .contains("共 1 行");
        _get(TextField.class, spec -> spec.withId("dibao-from")).setValue("2018Q1");
        _get(TextField.class, spec -> spec.withId("dibao-to")).setValue("2018Q4");
        _click(_get(Button.class, spec -> spec.withId("dibao-show")));
        Grid<DibaoCoverage.County> grid = _get(Grid.class, spec -> spec.withId("dibao-coverage"));
        int row = 0;
        while (!GridKt._get(grid, row).code().equals("130125000000")) {
            row++;
        }
        assertThat(GridKt._getFormatted(grid, row, "2018Q3")).startsWith("1 人（匹配 1 人");
        assertThat(GridKt._getFormatted(grid, row, "2018Q1")).isEqualTo("缺数据");

        login("county1");
        UI.getCurrent().navigate("household/" + member[2]);
        Grid<cn.jiandang.exchange.HouseholdDibao> section = _get(Grid.class, spec -> spec.withId("household-dibao"));
        cn.jiandang.exchange.HouseholdDibao q3 = GridKt._findAll(section).stream()
                .filter(d -> d.quarter().equals("2018Q3"))
                .findFirst()
                .orElseThrow();
        assertThat(q3.state()).isEqualTo(cn.jiandang.exchange.HouseholdDibao.State.RECEIVED);
        assertThat(q3.receipts().get(0).idNumber()).doesNotContain(member[0].substring(4, 14));
    }
}
