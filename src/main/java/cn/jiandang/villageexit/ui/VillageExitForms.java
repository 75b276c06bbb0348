package cn.jiandang.villageexit.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.villageexit.VillageExitCaseView;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitSteps;
import cn.jiandang.villageexit.VillageExitVariables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The county's forms: review a proposal, announce the exit. */
@SpringComponent
class VillageExitForms extends TaskForms<VillageExitCaseView> {

    private final VillageExitSteps steps;
    private final RegionService regions;
    private final AttachmentService attachments;

    VillageExitForms(
            VillageExitCases cases, VillageExitSteps steps, RegionService regions, AttachmentService attachments) {
        super(VillageExitVariables.PROCESS_KEY, cases::find);
        this.steps = steps;
        this.regions = regions;
        this.attachments = attachments;
        form(this::decision, VillageExitVariables.TASK_COUNTY_REVIEW, VillageExitVariables.TASK_ANNOUNCEMENT);
    }

    private Component decision(UI ui, TaskRef task, VillageExitCaseView c, Runnable onCompleted) {
        VerticalLayout form = new VerticalLayout(
                Texts.labelled("villageexit.village", regions.path(RegionCode.of(c.villageCode()))),
                new Paragraph(ui.getTranslation(
                        "villageexit.incidenceLine",
                        c.poorPopulation(),
                        c.population(),
                        VillageExitView.percent(c),
                        c.thresholdLabel())));
        if (c.reason() != null) {
            form.add(Texts.labelled("villageexit.reason", c.reason()));
        }
        if (c.objection() != null) {
            form.add(Texts.labelled("villageexit.objection", c.objection()));
        }
        TextArea comment = comment(ui);
        boolean review = VillageExitVariables.TASK_COUNTY_REVIEW.equals(task.taskDefinitionKey());
        RadioButtonGroup<Boolean> decision =
                yesNo(ui, "villageexit.decision", "villageexit.approve", "villageexit.reject");
        decision.setId("villageexit-decision");
        decision.setVisible(review);
        FormCheck check = new FormCheck();
        if (!review) {
            // the village posted the notice while no task was open: its photos are attached at the step after it
            AttachmentField photos = new AttachmentField(
                    attachments,
                    ui.getTranslation("attach.noticePhoto"),
                    RegionCode.of(c.villageCode()),
                    "VillageExitCase",
                    String.valueOf(c.id()),
                    AttachmentKind.NOTICE_PHOTO,
                    task.id());
            photos.setId("villageexit-notice-photos");
            check.target("noticePhotos", photos);
            form.add(photos);
        }
        check.field("decision", decision).required();
        check.field("comment", comment)
                .requiredIf(() -> review && Boolean.FALSE.equals(decision.getValue()))
                .maxLength(500);
        Button submit = submit(ui, review ? "task.submit" : "villageexit.announce", check.guard(() -> {
            if (review) {
                steps.review(task.id(), c.id(), decision.getValue(), comment.getValue());
            } else {
                steps.announce(task.id(), c.id(), comment.getValue());
            }
            onCompleted.run();
        }));
        form.add(decision, comment, submit);
        form.setPadding(false);
        form.setMaxWidth("40em");
        return form;
    }
}
