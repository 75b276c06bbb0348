package cn.jiandang.functionopening.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.functionopening.FunctionOpeningService;
import cn.jiandang.functionopening.FunctionOpeningVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskFormFactory;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The centre's forms: decide a request, confirm an early close. */
@org.springframework.stereotype.Component
class FunctionOpeningForms implements TaskFormFactory {

    private final FunctionOpeningService service;
    private final RegionService regions;

    FunctionOpeningForms(FunctionOpeningService service, RegionService regions) {
        this.service = service;
        this.regions = regions;
    }

    @Override
    public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
        return FunctionOpeningVariables.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(TaskRef task, Runnable onCompleted) {
        UI ui = UI.getCurrent();
        FeatureGrantView grant = service.find(task.caseId());
        boolean closing = FunctionOpeningVariables.TASK_CONFIRM_CLOSE.equals(task.taskDefinitionKey());
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(ui.getTranslation("featureaccess.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(b -> ui.getTranslation(closing
                ? (b ? "featureaccess.confirmClose" : "featureaccess.keepOpen")
                : (b ? "featureaccess.approve" : "featureaccess.reject")));
        decision.setValue(true);
        decision.setId("featureaccess-decision");
        TextArea comment = new TextArea(ui.getTranslation("task.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.setId("task-comment");
        FormCheck check = new FormCheck();
        check.field("decision", decision).required();
        check.field("comment", comment).requiredIf(() -> Boolean.FALSE.equals(decision.getValue())).maxLength(500);
        Button submit = new Button(ui.getTranslation("task.submit"), e -> check.submit(() -> {
            if (closing) {
                service.confirmClose(task.id(), grant.id(), decision.getValue(), comment.getValue());
            } else {
                service.decide(task.id(), grant.id(), decision.getValue(), comment.getValue());
            }
            onCompleted.run();
        }));
        submit.setId("task-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(
                new Paragraph(ui.getTranslation("featureaccess.province") + "：" + regions.name(RegionCode.of(grant.provinceCode()))),
                new Paragraph(ui.getTranslation("featureaccess.feature") + "：" + grant.feature().label()),
                new Paragraph(ui.getTranslation("featureaccess.period") + "：" + grant.validFrom() + " ~ " + grant.validUntil()),
                new Paragraph(ui.getTranslation("featureaccess.reason") + "：" + grant.reason()));
        if (closing) {
            form.add(new Paragraph(ui.getTranslation("featureaccess.closeReason") + "：" + grant.closeReason()));
        }
        form.add(decision, comment, submit);
        form.setPadding(false);
        form.setMaxWidth("40em");
        return form;
    }
}
