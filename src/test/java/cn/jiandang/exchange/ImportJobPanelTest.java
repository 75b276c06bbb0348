package cn.jiandang.exchange;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.exchange.ui.ImportJobPanel;
import cn.jiandang.exchange.ui.ImportView;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import panel polls only while its job runs: an idle page does not poll, an upload starts polling, the poll that
 * finds the job done stops it (and shows the bad rows' report link), and a page or panel attached again keeps one poll
 * listener, not one more per visit.
 */
class ImportJobPanelTest extends KaribuTest {

    @Autowired
    ImportWorker worker;

    @Test
    @SuppressWarnings("unchecked")
    void thePagePollsWhileTheJobRunsAndStopsWhenThePollFindsItDone() {
        login("county1");
        UI.getCurrent().navigate(ImportView.class);
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        _get(RadioButtonGroup.class, spec -> spec.withId("import-mode")).setValue(ImportMode.VALID_ROWS);
        String head = TestHouseholds.newIdNumber();
        String csv = String.join(",", HouseholdFile.HEADERS) + "\n"
                + head + ",130125100201,13812345678,否,,"
                + head + ",户主\n";
        _get(ImportView.class).received("panel.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(ui.getPollInterval()).isPositive();
        assertThat(_find(Anchor.class, spec -> spec.withId("import-report"))).isEmpty();

        TestLogins.logout();
        worker.runQueued();
        login("county1");
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress"))
                        .getValue())
                .isEqualTo(1.0);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        assertThat(_get(Anchor.class, spec -> spec.withId("import-report")).getText())
                .isEqualTo("下载错误行报告（CSV）");
    }

    @Test
    void openingThePageAgainOrReattachingThePanelKeepsOnePollListener() {
        login("county1");
        UI ui = UI.getCurrent();
        int before = ComponentUtil.getListeners(ui, PollEvent.class).size();
        UI.getCurrent().navigate(ImportView.class);
        int open = ComponentUtil.getListeners(ui, PollEvent.class).size();
        assertThat(open).isEqualTo(before + 1);
        for (int i = 0; i < 3; i++) {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(ImportView.class);
        }
        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).hasSize(open);

        ImportJobPanel panel = _get(ImportJobPanel.class);
        HasComponents parent = (HasComponents) panel.getParent().orElseThrow();
        parent.remove(panel);
        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).hasSize(before);
        parent.add(panel);
        parent.remove(panel);
        parent.add(panel);
        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).hasSize(open);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }
}
