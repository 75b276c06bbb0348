package cn.jiandang.functionopening.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.functionopening.FunctionOpeningVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The centre's forms: decide a request, confirm an early close. */
@SpringComponent
class FunctionOpeningForms extends TaskForms<FeatureGrantView> {

    private final FunctionOpeningSteps steps;
    private final RegionService regions;

    FunctionOpeningForms(FunctionOpeningSteps steps, RegionService regions) {
        super(FunctionOpeningVariables.PROCESS_KEY, steps::find);
        this.steps = steps;
        this.regions = regions;
        form(
                this::decision,
                FunctionOpeningVariables.TASK_CENTRE_DECISION,
                FunctionOpeningVariables.TASK_CONFIRM_CLOSE);
    }

    private Component decision(UI ui, TaskRef task, FeatureGrantView grant, Runnable onCompleted) {
        boolean closing = FunctionOpeningVariables.TASK_CONFIRM_CLOSE.equals(task.taskDefinitionKey());
        RadioButtonGroup<Boolean> decision = yesNo(
                ui,
                "featureaccess.decision",
                closing ? "featureaccess.confirmClose" : "featureaccess.approve",
                closing ? "featureaccess.keepOpen" : "featureaccess.reject");
        decision.setId("featureaccess-decision");
        TextArea comment = comment(ui);
        FormCheck check = new FormCheck();
        check.field("decision", decision).required();
        check.field("comment", comment)
                .requiredIf(() -> Boolean.FALSE.equals(decision.getValue()))
                .maxLength(500);
        Button submit = submit(ui, check, () -> {
            if (closing) {
                steps.confirmClose(task.id(), grant.id(), decision.getValue(), comment.getValue());
            } else {
                steps.decide(task.id(), grant.id(), decision.getValue(), comment.getValue());
            }
            onCompleted.run();
        });
        VerticalLayout form = new VerticalLayout(
                Texts.labelled("featureaccess.province", regions.name(RegionCode.of(grant.provinceCode()))),
                new Paragraph(ui.getTranslation("featureaccess.feature")
                        + ui.getTranslation("validation.labelSeparator")
                        + ui.getTranslation(grant.feature().labelKey())),
                new Paragraph(ui.getTranslation("featureaccess.period") + ui.getTranslation("validation.labelSeparator")
                        + grant.validFrom() + " ~ " + grant.validUntil()),
                Texts.labelled("featureaccess.reason", grant.reason()));
        if (closing) {
            form.add(Texts.labelled("featureaccess.closeReason", grant.closeReason()));
        }
        form.add(decision, comment, submit);
        form.setPadding(false);
        form.setMaxWidth("40em");
        return form;
    }
}
