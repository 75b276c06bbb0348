package cn.jiandang.rectification.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.rectification.RectificationCaseView;
import cn.jiandang.rectification.RectificationCases;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.BulkAction;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.Optional;

import static cn.jiandang.rectification.RectificationVariables.*;

/** The forms of every user task of a rectification case. */
@SpringComponent
class RectificationForms extends TaskForms<RectificationCaseView> {

    private final RectificationSteps steps;
    private final RegionService regions;

    RectificationForms(RectificationCases cases, RectificationSteps steps, RegionService regions) {
        super(PROCESS_KEY, cases::find);
        this.steps = steps;
        this.regions = regions;
        form(belowSummary(this::handling), TASK_COUNTY_HANDLING, TASK_TOWNSHIP_HANDLING);
        form(belowSummary(this::rectification), TASK_VILLAGE_RECTIFICATION);
        form(belowSummary(this::verification), TASK_TOWNSHIP_VERIFICATION, TASK_COUNTY_VERIFICATION, TASK_ACCEPTANCE);
        form(belowSummary(this::urge), TASK_URGE);
    }

    /** A verification whose usual outcome is "verified": many cases at once, each with the same comment. */
    @Override
    public Optional<BulkAction> bulk(String processDefinitionKey, String taskDefinitionKey) {
        if (supports(processDefinitionKey, taskDefinitionKey)
                && (TASK_TOWNSHIP_VERIFICATION.equals(taskDefinitionKey)
                        || TASK_COUNTY_VERIFICATION.equals(taskDefinitionKey))) {
            return Optional.of(new BulkAction(
                    "tasks.bulk.rectification.verify",
                    (task, comment) -> steps.verify(task.id(), task.caseId(), true, comment)));
        }
        return Optional.empty();
    }

    private void handling(
            UI ui, VerticalLayout form, FormCheck check, TaskRef task, RectificationCaseView c, Runnable onCompleted) {
        RegionLevel level = RegionCode.of(c.regionCode()).level();
        boolean county = TASK_COUNTY_HANDLING.equals(task.taskDefinitionKey());
        boolean mayPass = county ? level.ordinal() > RegionLevel.COUNTY.ordinal() : level == RegionLevel.VILLAGE;
        RadioButtonGroup<Boolean> pass = yesNo(
                ui,
                county ? "rectification.passToTownship" : "rectification.passToVillage",
                "rectification.rectifyHere");
        pass.setValue(false);
        pass.setVisible(mayPass);
        pass.setId("rectification-pass");
        TextArea rectification = area(ui, "rectification.rectification", "rectification-text");
        TextArea evidence = area(ui, "rectification.evidence", "rectification-evidence");
        pass.addValueChangeListener(e -> {
            rectification.setVisible(!e.getValue());
            evidence.setVisible(!e.getValue());
        });
        check.field("passDown", pass).required();
        check.field("rectification", rectification).required().maxLength(1000);
        check.field("evidence", evidence).required().maxLength(1000);
        form.add(pass, rectification, evidence, submit(ui, check, () -> {
            steps.handle(task.id(), c.id(), pass.getValue(), rectification.getValue(), evidence.getValue());
            onCompleted.run();
        }));
    }

    private void rectification(
            UI ui, VerticalLayout form, FormCheck check, TaskRef task, RectificationCaseView c, Runnable onCompleted) {
        TextArea rectification = area(ui, "rectification.rectification", "rectification-text");
        TextArea evidence = area(ui, "rectification.evidence", "rectification-evidence");
        check.field("rectification", rectification).required().maxLength(1000);
        check.field("evidence", evidence).required().maxLength(1000);
        form.add(rectification, evidence, submit(ui, check, () -> {
            steps.rectify(task.id(), c.id(), rectification.getValue(), evidence.getValue());
            onCompleted.run();
        }));
    }

    private void verification(
            UI ui, VerticalLayout form, FormCheck check, TaskRef task, RectificationCaseView c, Runnable onCompleted) {
        boolean acceptance = TASK_ACCEPTANCE.equals(task.taskDefinitionKey());
        form.add(
                Texts.labelled("rectification.rectification", c.rectification()),
                Texts.labelled("rectification.evidence", c.evidence()));
        RadioButtonGroup<Boolean> decision = yesNo(
                ui,
                acceptance ? "rectification.accept" : "rectification.verifyOk",
                acceptance ? "rectification.return" : "rectification.verifyFail");
        TextArea comment = area(ui, "task.comment", "task-comment");
        check.field("decision", decision).required();
        check.field("comment", comment)
                .requiredIf(() -> Boolean.FALSE.equals(decision.getValue()))
                .maxLength(500);
        form.add(decision, comment, submit(ui, check, () -> {
            if (acceptance) {
                steps.accept(task.id(), c.id(), decision.getValue(), comment.getValue());
            } else {
                steps.verify(task.id(), c.id(), decision.getValue(), comment.getValue());
            }
            onCompleted.run();
        }));
    }

    private void urge(
            UI ui, VerticalLayout form, FormCheck check, TaskRef task, RectificationCaseView c, Runnable onCompleted) {
        TextArea comment = area(ui, "task.comment", "task-comment");
        check.field("comment", comment).maxLength(500);
        form.add(comment, submit(ui, check, () -> {
            steps.urge(task.id(), c.id(), comment.getValue());
            onCompleted.run();
        }));
    }

    /** A step's fields, added below the case's summary and checked by {@code check}. */
    private interface Step {
        void add(
                UI ui,
                VerticalLayout form,
                FormCheck check,
                TaskRef task,
                RectificationCaseView c,
                Runnable onCompleted);
    }

    private Form<RectificationCaseView> belowSummary(Step step) {
        return (ui, task, c, onCompleted) -> {
            VerticalLayout form = new VerticalLayout(summary(ui, c));
            form.setPadding(false);
            form.setMaxWidth("44em");
            step.add(ui, form, new FormCheck(), task, c, onCompleted);
            return form;
        };
    }

    private Component summary(UI ui, RectificationCaseView c) {
        VerticalLayout box = new VerticalLayout(
                new Paragraph(ui.getTranslation("rectification.type") + ui.getTranslation("validation.labelSeparator")
                        + Texts.of(c.type()) + " · " + Texts.of(c.source())),
                Texts.labelled("rectification.region", regions.path(RegionCode.of(c.regionCode()))),
                Texts.labelled("rectification.description", c.description()),
                new Paragraph(ui.getTranslation("rectification.deadline")
                        + ui.getTranslation("validation.labelSeparator")
                        + c.deadline()
                        + (c.overdue() ? " " + ui.getTranslation("rectification.overdue") : "")));
        if (c.lastComment() != null) {
            box.add(Texts.labelled("rectification.lastComment", c.lastComment()));
        }
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("rectification-summary");
        return box;
    }

    private static RadioButtonGroup<Boolean> yesNo(UI ui, String yesKey, String noKey) {
        RadioButtonGroup<Boolean> group = yesNo(ui, "rectification.decision", yesKey, noKey);
        group.setId("rectification-decision");
        return group;
    }

    private static TextArea area(UI ui, String labelKey, String id) {
        TextArea area = new TextArea(ui.getTranslation(labelKey));
        area.setMaxLength(1000);
        area.setWidthFull();
        area.setId(id);
        return area;
    }
}
