package cn.jiandang.publicnotice.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.publicnotice.ExitObjectionView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The township's list of online objections to exit notices: only its own region's pending ones, the phone masked; a
 * dismissal needs a reason (said beside the field) and takes the objection off the list, kept with who decided.
 */
class ExitObjectionsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theTownshipDismissesAnOnlineObjectionWithAReason() {
        // a village exit's objection from the board, of 东关村 (township1's), and one of a village no test uses
        long mine = pending("130125100201", "东关村", "13700000091", "村里还有贫困户没有统计");
        long elsewhere = pending("139999100201", "外县村", "13700000092", "不应出列");
        login("township1");
        UI.getCurrent().navigate(ExitObjectionsView.class);
        Grid<ExitObjectionView> grid = _get(Grid.class, spec -> spec.withId("exit-objections"));
        List<ExitObjectionView> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(ExitObjectionView::id).contains(mine).doesNotContain(elsewhere);
        ExitObjectionView row =
                rows.stream().filter(r -> r.id() == mine).findFirst().orElseThrow();
        assertThat(row.raiserPhoneMasked()).isEqualTo("137****0091");
        assertThat(GridKt._getFormattedRow(grid, rows.indexOf(row)))
                .contains("东关村", "李九 137****0091", "村里还有贫困户没有统计")
                .noneMatch(cell -> cell.contains("13700000091"));

        Button dismiss = _get(Button.class, spec -> spec.withId("exit-objections-dismiss"));
        assertThat(dismiss.isEnabled()).isFalse();
        grid.select(row);
        _click(dismiss);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("exit-objections-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写不予受理的理由");
        assertThat(status(mine)).containsEntry("status", "PENDING");

        _setValue(reason, "经核实，该村贫困人口已全部统计");
        _click(dismiss);
        assertThat(_get(Span.class, spec -> spec.withId("exit-objections-message"))
                        .getText())
                .isEqualTo("异议 " + mine + " 不予受理");
        assertThat(grid.getListDataView().getItems().map(ExitObjectionView::id)).doesNotContain(mine);
        assertThat(status(mine))
                .containsEntry("status", "DISMISSED")
                .containsEntry("decided_by", "township1")
                .containsEntry("reason", "经核实，该村贫困人口已全部统计");
    }

    @Test
    void aVillageOfficerHasNoSuchList() {
        login("village1");
        UI.getCurrent().navigate("public-objections");
        assertThat(_find(ExitObjectionsView.class)).isEmpty();
    }

    private long pending(String village, String subject, String phone, String content) {
        jdbc.update(
                "insert into exit_objection (notice_id, source, case_id, subject_id, village_code, subject_name,"
                        + " raiser_name, raiser_phone, content, raised_at, status)"
                        + " values (0, 'VILLAGE_EXIT', 0, 0, ?, ?, '李九', ?, ?, current_timestamp, 'PENDING')",
                village,
                subject,
                phone,
                content);
        return jdbc.queryForObject("select max(id) from exit_objection", Long.class);
    }

    private Map<String, Object> status(long id) {
        Map<String, Object> row =
                jdbc.queryForMap("select status, decided_by, reason from exit_objection where id = ?", id);
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return lower;
    }
}
