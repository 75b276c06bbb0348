package cn.jiandang.rectification.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.rectification.ImportReport;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationCaseView;
import cn.jiandang.rectification.RectificationCases;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationStatus;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The supervisor's board: create a case or import a problem list, and follow every case, overdue first. */
@Route("rectification")
@Menu(title = "rectification.menu", order = 30)
@RolesAllowed({"SUPERVISOR", "CENTRE_ADMIN"})
public class RectificationBoardView extends VerticalLayout implements HasDynamicTitle {

    private final RectificationIntake intake;
    private final RectificationCases cases;
    private final RegionService regions;
    private final Clock clock;
    private final Grid<RectificationCaseView> board = new Grid<>();
    private final Select<Optional<RectificationStatus>> status = new Select<>();
    private final TextField region = new TextField();
    private final DatePicker dueBy = new DatePicker();
    private final Paragraph importResult = new Paragraph();

    public RectificationBoardView(
            RectificationIntake intake, RectificationCases cases, RegionService regions, Clock clock) {
        this.intake = intake;
        this.cases = cases;
        this.regions = regions;
        this.clock = clock;
        addClassName("jd-page");
        setWidthFull();
        add(new H2(getTranslation("rectification.title")), createDetails(), importDetails(), filters(), boardGrid());
        refresh();
    }

    private Details createDetails() {
        TextField target = new TextField(getTranslation("rectification.target"));
        target.setHelperText(getTranslation("rectification.targetHelp"));
        target.setId("rectification-target");
        Select<ProblemType> type = new Select<>();
        type.setLabel(getTranslation("rectification.type"));
        type.setItems(ProblemType.values());
        type.setItemLabelGenerator(Texts::of);
        type.setId("rectification-type");
        Select<ProblemSource> source = sourceSelect("rectification-source");
        DatePicker deadline = new DatePicker(
                getTranslation("rectification.deadline"), LocalDate.now().plusDays(30));
        deadline.setId("rectification-deadline");
        TextArea description = new TextArea(getTranslation("rectification.description"));
        description.setWidthFull();
        description.setId("rectification-description");
        FormCheck check = new FormCheck();
        check.field("target", target).required().check(t -> t.strip().matches("\\d{1,18}"), "validation.target");
        check.target("regionCode", target);
        check.field("type", type).required();
        check.field("source", source).required();
        check.field("deadline", deadline).required().notPast(clock);
        check.field("description", description).required().maxLength(1000);
        Button create = new Button(
                getTranslation("rectification.create"),
                e -> check.submit(() -> {
                    String t = target.getValue().strip();
                    boolean region = t.length() == 12;
                    intake.create(new NewProblem(
                            region || t.isEmpty() ? null : parseId(t),
                            region ? t : null,
                            type.getValue(),
                            description.getValue(),
                            source.getValue(),
                            deadline.getValue()));
                    Notification.show(getTranslation("rectification.created"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    description.clear();
                    refresh();
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("rectification-create");
        HorizontalLayout row = new HorizontalLayout(target, type, source, deadline);
        row.setWrap(true);
        Details details =
                new Details(getTranslation("rectification.createTitle"), new VerticalLayout(row, description, create));
        details.setId("rectification-create-details");
        return details;
    }

    private Details importDetails() {
        TextArea csv = new TextArea(getTranslation("rectification.csv"));
        csv.setHelperText(getTranslation("rectification.csvHelp"));
        csv.setWidthFull();
        csv.setMinHeight("10em");
        csv.setId("rectification-csv");
        Select<ProblemSource> source = sourceSelect("rectification-import-source");
        DatePicker deadline = new DatePicker(
                getTranslation("rectification.deadline"), LocalDate.now().plusDays(30));
        deadline.setId("rectification-import-deadline");
        importResult.setId("rectification-import-result");
        FormCheck check = new FormCheck();
        check.field("csv", csv).required();
        check.field("source", source).required();
        check.field("deadline", deadline).required().notPast(clock);
        Button run = new Button(
                getTranslation("rectification.import"),
                e -> check.submit(() -> {
                    ImportReport report = intake.importProblems(csv.getValue(), source.getValue(), deadline.getValue());
                    importResult.setText(getTranslation(
                                    "rectification.imported",
                                    report.createdCaseIds().size(),
                                    report.errors().size())
                            + (report.errors().isEmpty()
                                    ? ""
                                    : " "
                                            + report.errors().stream()
                                                    .map(ImportReport.RowError::toString)
                                                    .collect(Collectors.joining("；"))));
                    refresh();
                }));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("rectification-import");
        Details details = new Details(
                getTranslation("rectification.importTitle"),
                new VerticalLayout(new HorizontalLayout(source, deadline), csv, run, importResult));
        details.setId("rectification-import-details");
        return details;
    }

    private HorizontalLayout filters() {
        List<Optional<RectificationStatus>> options = new ArrayList<>();
        options.add(Optional.empty());
        for (RectificationStatus s : RectificationStatus.values()) {
            options.add(Optional.of(s));
        }
        status.setLabel(getTranslation("rectification.status"));
        status.setItems(options);
        status.setItemLabelGenerator(o -> o.map(Texts::of).orElse(getTranslation("rectification.status.all")));
        status.setId("rectification-status-filter");
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> refresh());
        region.setLabel(getTranslation("rectification.regionFilter"));
        region.setPlaceholder("130125000000");
        region.addValueChangeListener(e -> refresh());
        region.setId("rectification-region-filter");
        dueBy.setLabel(getTranslation("rectification.dueBy"));
        dueBy.addValueChangeListener(e -> refresh());
        return new HorizontalLayout(status, region, dueBy);
    }

    private Grid<RectificationCaseView> boardGrid() {
        board.addComponentColumn(c -> {
                    Span s = new Span(Texts.of(c.status()));
                    if (c.overdue() && c.status() != RectificationStatus.CLOSED) {
                        s.setText(s.getText() + " " + getTranslation("rectification.overdue"));
                        s.addClassNames("jd-badge", "jd-badge-overdue");
                    }
                    return s;
                })
                .setHeader(getTranslation("rectification.status"))
                .setAutoWidth(true);
        board.addColumn(RectificationCaseView::deadline)
                .setHeader(getTranslation("rectification.deadline"))
                .setAutoWidth(true);
        Texts.data(board.addColumn(c -> regions.path(RegionCode.of(c.regionCode()))))
                .setHeader(getTranslation("rectification.region"));
        board.addColumn(c -> Texts.of(c.type()))
                .setHeader(getTranslation("rectification.type"))
                .setAutoWidth(true);
        board.addColumn(c -> Texts.of(c.source()))
                .setHeader(getTranslation("rectification.source"))
                .setAutoWidth(true);
        Texts.data(board.addColumn(RectificationCaseView::description)
                .setHeader(getTranslation("rectification.description")));
        board.addColumn(RectificationCaseView::rounds).setHeader(getTranslation("rectification.rounds"));
        board.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        board.setAllRowsVisible(true);
        board.setId("rectification-board");
        return board;
    }

    private void refresh() {
        String code = region.getValue().strip();
        board.setItems(cases.board(
                status.getValue().orElse(null), code.length() == 12 ? RegionCode.of(code) : null, dueBy.getValue()));
    }

    private Select<ProblemSource> sourceSelect(String id) {
        Select<ProblemSource> source = new Select<>();
        source.setLabel(getTranslation("rectification.source"));
        source.setItems(ProblemSource.DATA_CLEANSING, ProblemSource.INSPECTION);
        source.setItemLabelGenerator(Texts::of);
        source.setValue(ProblemSource.DATA_CLEANSING);
        source.setId(id);
        return source;
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw BusinessException.invalidField("target", "请填写户编号或12位行政区划代码");
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.rectification");
    }
}
