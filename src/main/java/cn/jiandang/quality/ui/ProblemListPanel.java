package cn.jiandang.quality.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.XlsxExport;
import cn.jiandang.quality.ProblemExport;
import cn.jiandang.quality.ProblemView;
import cn.jiandang.quality.QualityRule;
import cn.jiandang.quality.QualityService;
import cn.jiandang.quality.RuleCount;
import cn.jiandang.quality.RunView;
import cn.jiandang.region.RegionCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.time.LocalDate;
import java.util.List;

/**
 * A run's problem list: counts per county and rule (open, new, closed by the run), the problems of the chosen county
 * and rule (the first page, households by their head's ID number), and issuing the chosen county's open problems as
 * rectification cases with a deadline.
 */
class ProblemListPanel extends VerticalLayout {

    static final int PAGE = 200;

    private final QualityService quality;
    private final RegionCode scope;
    private final Grid<RuleCount> counts = new Grid<>();
    private final Grid<ProblemView> problems = new Grid<>();
    private final DatePicker deadline = new DatePicker();
    private final Button issue = new Button();
    private final Paragraph chosen = new Paragraph();
    private RunView run;
    private RuleCount count;

    ProblemListPanel(QualityService quality, ProblemExport export, RegionCode scope) {
        this.quality = quality;
        this.scope = scope;
        setPadding(false);
        countColumns();
        problemColumns();
        counts.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::choose));
        deadline.setLabel(getTranslation("quality.deadline"));
        deadline.setMin(LocalDate.now());
        deadline.setValue(LocalDate.now().plusDays(30));
        deadline.setId("quality-deadline");
        issue.setText(getTranslation("quality.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setEnabled(false);
        issue.setId("quality-issue");
        issue.addClickListener(e -> issue());
        chosen.setId("quality-chosen");
        HorizontalLayout bar = new HorizontalLayout(deadline, issue, exportLink(export));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("quality.counts")), counts, chosen, problems, bar);
        setVisible(false);
    }

    void show(RunView run) {
        this.run = run;
        this.count = null;
        setVisible(true);
        counts.setItems(quality.counts(run.id(), scope));
        problems.setItems();
        chosen.setText(getTranslation("quality.chooseCounty"));
        issue.setEnabled(false);
    }

    private void choose(RuleCount c) {
        this.count = c;
        problems.setItems(quality.problems(run.id(), RegionCode.of(c.countyCode()), c.ruleCode(), 0, PAGE));
        chosen.setText(getTranslation("quality.chosen", c.countyCode(), c.ruleCode(), c.openCount(), PAGE));
        issue.setEnabled(true);
    }

    private void issue() {
        int cases = quality.issue(run.id(), RegionCode.of(count.countyCode()), deadline.getValue());
        Notification.show(getTranslation("quality.issued", cases), 5000, Notification.Position.BOTTOM_START);
        choose(count);
    }

    /** The whole run's problems in the officer's region as XLSX, streamed when the link is followed (audited). */
    private Anchor exportLink(ProblemExport export) {
        DownloadHandler handler = event -> {
            event.setFileName("problems-" + run.id() + "-" + scope.value() + ".xlsx");
            event.setContentType(XlsxExport.CONTENT_TYPE);
            export.write(
                    run.id(),
                    scope,
                    List.of(
                            getTranslation("quality.rule"),
                            getTranslation("quality.rule.description"),
                            getTranslation("quality.county"),
                            getTranslation("quality.village"),
                            getTranslation("quality.head"),
                            getTranslation("quality.headId"),
                            getTranslation("quality.message"),
                            getTranslation("quality.state")),
                    new ProblemExport.Labels() {
                        @Override
                        public String rule(QualityRule rule) {
                            return Texts.of(rule);
                        }

                        @Override
                        public String state(ProblemView problem) {
                            return ProblemListPanel.this.state(problem);
                        }
                    },
                    event.getOutputStream());
        };
        Anchor link = new Anchor(handler, getTranslation("quality.export"));
        link.getElement().setAttribute("download", true);
        link.setId("quality-export");
        return link;
    }

    private void countColumns() {
        Texts.data(counts.addColumn(RuleCount::countyCode).setHeader(getTranslation("quality.county")));
        counts.addColumn(RuleCount::ruleCode).setHeader(getTranslation("quality.rule"));
        counts.addColumn(c -> Texts.of(c.rule())).setHeader(getTranslation("quality.rule.description"));
        counts.addColumn(c -> Texts.of(c.rule().severity())).setHeader(getTranslation("quality.rule.severity"));
        counts.addColumn(RuleCount::openCount).setHeader(getTranslation("quality.open"));
        counts.addColumn(RuleCount::newCount).setHeader(getTranslation("quality.new"));
        counts.addColumn(RuleCount::closedCount).setHeader(getTranslation("quality.closedCount"));
        counts.getColumns().forEach(c -> c.setAutoWidth(true));
        counts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        counts.setAllRowsVisible(true);
        counts.setId("quality-counts");
    }

    private void problemColumns() {
        problems.addColumn(ProblemView::ruleCode).setHeader(getTranslation("quality.rule"));
        Texts.data(problems.addColumn(p -> p.headName() == null ? "" : p.headName())
                .setHeader(getTranslation("quality.head")));
        Texts.data(problems.addColumn(p -> p.headIdNumber() == null ? "" : p.headIdNumber())
                .setHeader(getTranslation("quality.headId")));
        Texts.data(problems.addColumn(ProblemView::villageCode).setHeader(getTranslation("quality.village")));
        Texts.data(problems.addColumn(ProblemView::message).setHeader(getTranslation("quality.message")));
        problems.addColumn(this::state)
                .setHeader(getTranslation("quality.state"))
                .setKey("state");
        problems.getColumns().forEach(c -> c.setAutoWidth(true));
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.setId("quality-problems");
    }

    private String state(ProblemView p) {
        if (p.rectificationCase() != null) {
            return getTranslation("quality.state.issued", p.rectificationCase());
        }
        return getTranslation(p.open() ? "quality.state.open" : "quality.state.closed");
    }
}
