package cn.jiandang.villageexit.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskFormFactory;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.villageexit.VillageExitCaseView;
import cn.jiandang.villageexit.VillageExitService;
import cn.jiandang.villageexit.VillageExitVariables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The county's forms: review a proposal, announce the exit. */
@org.springframework.stereotype.Component
class VillageExitForms implements TaskFormFactory {

    private final VillageExitService service;
    private final RegionService regions;

    VillageExitForms(VillageExitService service, RegionService regions) {
        this.service = service;
        this.regions = regions;
    }

    @Override
    public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
        return VillageExitVariables.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(TaskRef task, Runnable onCompleted) {
        UI ui = UI.getCurrent();
        VillageExitCaseView c = service.find(task.caseId());
        VerticalLayout form = new VerticalLayout(
                new Paragraph(ui.getTranslation("villageexit.village") + "：" + regions.path(RegionCode.of(c.villageCode()))),
                new Paragraph(ui.getTranslation("villageexit.incidenceLine", c.poorPopulation(), c.population(),
                        VillageExitView.percent(c), c.thresholdLabel())));
        if (c.reason() != null) {
            form.add(new Paragraph(ui.getTranslation("villageexit.reason") + "：" + c.reason()));
        }
        if (c.objection() != null) {
            form.add(new Paragraph(ui.getTranslation("villageexit.objection") + "：" + c.objection()));
        }
        TextArea comment = new TextArea(ui.getTranslation("task.comment"));
        comment.setWidthFull();
        comment.setMaxLength(500);
        comment.setId("task-comment");
        boolean review = VillageExitVariables.TASK_COUNTY_REVIEW.equals(task.taskDefinitionKey());
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(ui.getTranslation("villageexit.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(b -> ui.getTranslation(b ? "villageexit.approve" : "villageexit.reject"));
        decision.setValue(true);
        decision.setId("villageexit-decision");
        decision.setVisible(review);
        FormCheck check = new FormCheck();
        check.field("decision", decision).required();
        check.field("comment", comment).requiredIf(() -> review && Boolean.FALSE.equals(decision.getValue()))
                .maxLength(500);
        Button submit = new Button(ui.getTranslation(review ? "task.submit" : "villageexit.announce"), e -> check.submit(() -> {
            if (review) {
                service.review(task.id(), c.id(), decision.getValue(), comment.getValue());
            } else {
                service.announce(task.id(), c.id(), comment.getValue());
            }
            onCompleted.run();
        }));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("task-submit");
        form.add(decision, comment, submit);
        form.setPadding(false);
        form.setMaxWidth("40em");
        return form;
    }
}
