package cn.jiandang.assistance.ui;

import cn.jiandang.assistance.AssistanceCases;
import cn.jiandang.assistance.AssistancePlanView;
import cn.jiandang.assistance.AssistanceSteps;
import cn.jiandang.assistance.AssistanceVariables;
import cn.jiandang.assistance.MeasureView;
import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/** The forms of the assistance procedure: record one measure (village), review them all (assigning level). */
@SpringComponent
class AssistanceForms extends TaskForms<AssistancePlanView> {

    private final AssistanceSteps steps;
    private final Clock clock;

    AssistanceForms(AssistanceCases cases, AssistanceSteps steps, Clock clock) {
        super(AssistanceVariables.PROCESS_KEY, cases::find);
        this.steps = steps;
        this.clock = clock;
        form(this::record, AssistanceVariables.TASK_RECORD_MEASURE);
        form(this::review, AssistanceVariables.TASK_REVIEW);
    }

    private Component record(UI ui, TaskRef task, AssistancePlanView plan, Runnable onCompleted) {
        MeasureView m = steps.measureOf(task.id());
        // the measure's type is a label; what the assigning level wrote is data
        Paragraph what = new Paragraph(
                new Span(Texts.of(m.type()) + ui.getTranslation("validation.labelSeparator")),
                Texts.data(new Span(m.description())),
                new Span(
                        m.plannedAmount() == null
                                ? ""
                                : " · " + ui.getTranslation("assistance.measure.plannedAmount") + " "
                                        + m.plannedAmount()),
                Texts.data(new Span(m.returnComment() == null ? "" : " · " + m.returnComment())));
        what.setId("measure-description");
        DatePicker date = new DatePicker(ui.getTranslation("assistance.measure.carriedOutOn"));
        date.setId("measure-date");
        date.setValue(m.carriedOutOn());
        BigDecimalField amount = new BigDecimalField(ui.getTranslation("assistance.measure.actualAmount"));
        amount.setId("measure-amount");
        amount.setValue(m.actualAmount());
        TextField project = new TextField(ui.getTranslation("assistance.measure.projectRef"));
        project.setId("measure-project");
        project.setMaxLength(64);
        VerticalLayout form = layout(what);
        if (m.type().fromYearOnYearComparison()) {
            form.add(new Paragraph(ui.getTranslation("assistance.measure.comparison")));
        }
        FormCheck check = new FormCheck();
        check.field("carriedOutOn", date).required().notFuture(clock);
        check.field("actualAmount", amount).required().money();
        check.field("projectRef", project).maxLength(64);
        form.add(date, amount, project, submit(ui, check, () -> {
            steps.recordMeasure(task.id(), date.getValue(), amount.getValue(), project.getValue());
            onCompleted.run();
        }));
        return form;
    }

    private Component review(UI ui, TaskRef task, AssistancePlanView plan, Runnable onCompleted) {
        Grid<MeasureView> grid = new Grid<>();
        grid.addColumn(m -> Texts.of(m.type())).setHeader(ui.getTranslation("assistance.measure.type"));
        Texts.data(grid.addColumn(MeasureView::description)
                .setHeader(ui.getTranslation("assistance.measure.description")));
        grid.addColumn(MeasureView::carriedOutOn).setHeader(ui.getTranslation("assistance.measure.carriedOutOn"));
        grid.addColumn(MeasureView::actualAmount).setHeader(ui.getTranslation("assistance.measure.actualAmount"));
        Texts.data(
                grid.addColumn(MeasureView::projectRef).setHeader(ui.getTranslation("assistance.measure.projectRef")));
        grid.setItems(plan.measures());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("assistance-measures");
        RadioButtonGroup<Boolean> confirmed =
                yesNo(ui, "assistance.review.decision", "assistance.review.confirmed", "assistance.review.returned");
        confirmed.setId("assistance-confirmed");
        CheckboxGroup<MeasureView> redo = new CheckboxGroup<>(ui.getTranslation("assistance.review.returned"));
        redo.setItems(plan.measures());
        redo.setItemLabelGenerator(
                m -> Texts.of(m.type()) + ui.getTranslation("validation.labelSeparator") + m.description());
        redo.setId("assistance-redo");
        // each choice names a measure as the assigning level wrote it
        Texts.dataChoices(redo);
        TextArea comment = comment(ui);
        Paragraph helper = Texts.labelled(
                "assistance.helper",
                plan.helperName() + (plan.helperUnit() == null ? "" : "（" + plan.helperUnit() + "）"));
        FormCheck check = new FormCheck();
        check.field("confirmed", confirmed).required();
        check.field("returnedMeasures", redo).requiredIf(() -> Boolean.FALSE.equals(confirmed.getValue()));
        check.field("comment", comment)
                .requiredIf(() -> Boolean.FALSE.equals(confirmed.getValue()))
                .maxLength(500);
        return layout(helper, grid, confirmed, redo, comment, submit(ui, check, () -> {
            Set<Long> ids = redo.getValue().stream().map(MeasureView::id).collect(Collectors.toSet());
            steps.completeReview(task.id(), plan.id(), confirmed.getValue(), ids, comment.getValue());
            onCompleted.run();
        }));
    }

    private static VerticalLayout layout(Component... parts) {
        VerticalLayout layout = new VerticalLayout(parts);
        layout.setPadding(false);
        layout.setMaxWidth("48em");
        return layout;
    }
}
