package cn.jiandang.identification.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.ObjectionAction;
import cn.jiandang.identification.ObjectionView;
import cn.jiandang.identification.ScaleStatus;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.region.RegionCode;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.stream.Collectors;

import static cn.jiandang.identification.IdentificationVariables.*;
import static cn.jiandang.identification.ui.IdentificationFields.*;

/** The forms of the identification's user tasks, one per step. */
@SpringComponent
class IdentificationForms extends TaskForms<IdentificationCaseView> {

    private final IdentificationSteps steps;
    private final AttachmentService attachments;

    IdentificationForms(IdentificationCases cases, IdentificationSteps steps, AttachmentService attachments) {
        super(PROCESS_KEY, cases::find);
        this.attachments = attachments;
        this.steps = steps;
        form(this::homeVerification, TASK_HOME_VERIFICATION);
        form(this::appraisal, TASK_DEMOCRATIC_APPRAISAL);
        form(this::objection, TASK_HANDLE_OBJECTION);
        form(this::townshipReview, TASK_TOWNSHIP_REVIEW);
        form(this::countyApproval, TASK_COUNTY_APPROVAL);
        form(this::supervision, TASK_SUPERVISE_OVERDUE);
    }

    private Component homeVerification(UI ui, TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        Select<Category> kind = new Select<>();
        kind.setLabel(ui.getTranslation("identification.kind"));
        kind.setItems(Category.NEWLY_POOR, Category.RETURNED, Category.MONITORED, Category.MARGINAL);
        kind.setItemLabelGenerator(Texts::of);
        kind.setValue(c.kind());
        kind.setId("verification-kind");
        MultiSelectComboBox<PovertyFactor> factors = factorBox(ui.getTranslation("identification.factors"));
        limitFactors(factors, c.kind());
        factors.setValue(c.factors());
        factors.setId("verification-factors");
        Select<PovertyFactor> returnCause = returnCauseBox(ui);
        returnCause.setValue(c.returnCause());
        returnCause.setVisible(c.kind() == Category.RETURNED);
        kind.addValueChangeListener(e -> {
            limitFactors(factors, e.getValue());
            returnCause.setVisible(e.getValue() == Category.RETURNED);
        });
        Checkbox signed = new Checkbox(ui.getTranslation("identification.signedCommitment"));
        signed.setId("verification-signed");
        // the signed commitment and authorisation itself: PDF or a photo, checked by content, kept with the case
        AttachmentField attachment = new AttachmentField(
                attachments,
                ui.getTranslation("identification.attachmentRef"),
                RegionCode.of(c.villageCode()),
                "IdentificationCase",
                String.valueOf(c.id()),
                AttachmentKind.SIGNED_COMMITMENT,
                task.id());
        attachment.setId("verification-attachment");
        TextArea comment = comment(ui);
        FormCheck check = new FormCheck();
        check.field("kind", kind).required();
        check.field("factors", factors).requiredIf(() -> kind.getValue() != Category.RETURNED);
        check.field("returnCause", returnCause).required();
        check.field("signedCommitment", signed).required();
        check.target("attachmentRef", attachment);
        check.field("comment", comment).maxLength(500);
        Button submit = submit(ui, check, () -> {
            steps.completeHomeVerification(
                    task.id(),
                    c.id(),
                    new HomeVerification(
                            kind.getValue(),
                            copy(factors.getValue()),
                            returnCause.isVisible() ? returnCause.getValue() : null,
                            signed.getValue(),
                            attachment.isEmpty()
                                    ? null
                                    : attachment.attachmentIds().stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(",")),
                            comment.getValue()));
            onCompleted.run();
        });
        return layout(summary(ui, c), kind, factors, returnCause, signed, attachment, comment, submit);
    }

    private Component appraisal(UI ui, TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        RadioButtonGroup<Boolean> passed = yesNo(
                ui,
                "identification.appraisal.result",
                "identification.appraisal.passed",
                "identification.appraisal.failed");
        passed.setId("appraisal-passed");
        TextArea minutes = comment(ui, "identification.appraisal.minutes");
        minutes.setId("appraisal-minutes");
        minutes.setMaxLength(2000);
        TextArea reason = comment(ui, "identification.reason");
        reason.setId("appraisal-reason");
        // the meeting's signed record itself: required, the text above summarises it
        AttachmentField minutesFile = file(ui, c, task, AttachmentKind.MINUTES, "attach.minutes.required");
        minutesFile.setId("appraisal-minutes-file");
        FormCheck check = new FormCheck();
        check.field("passed", passed).required();
        check.field("minutes", minutes).required().maxLength(2000);
        check.upload("minutesFile", minutesFile, minutesFile::isEmpty, () -> true, "attach.minutes.missing");
        check.field("reason", reason)
                .requiredIf(() -> Boolean.FALSE.equals(passed.getValue()))
                .maxLength(500);
        Button submit = submit(ui, check, () -> {
            steps.completeAppraisal(task.id(), c.id(), passed.getValue(), minutes.getValue(), reason.getValue());
            onCompleted.run();
        });
        return layout(summary(ui, c), passed, minutes, minutesFile, reason, submit);
    }

    /** A file of the case uploaded at this step. */
    private AttachmentField file(UI ui, IdentificationCaseView c, TaskRef task, String kind, String labelKey) {
        return new AttachmentField(
                attachments,
                ui.getTranslation(labelKey),
                RegionCode.of(c.villageCode()),
                "IdentificationCase",
                String.valueOf(c.id()),
                kind,
                task.id());
    }

    private Component objection(UI ui, TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        ObjectionView o = steps.objectionOf(task.id());
        RadioButtonGroup<Boolean> upheld = yesNo(
                ui,
                "identification.objection.result",
                "identification.objection.upheld",
                "identification.objection.dismissed");
        upheld.setValue(false);
        upheld.setId("objection-upheld");
        Select<ObjectionAction> action = new Select<>();
        action.setLabel(ui.getTranslation("identification.objection.action"));
        action.setItems(ObjectionAction.values());
        action.setItemLabelGenerator(Texts::of);
        action.setId("objection-action");
        TextArea resolution = comment(ui, "identification.objection.resolution");
        resolution.setId("objection-resolution");
        resolution.setMaxLength(1000);
        FormCheck check = new FormCheck();
        check.field("upheld", upheld).required();
        check.field("action", action).requiredIf(() -> Boolean.TRUE.equals(upheld.getValue()));
        check.field("resolution", resolution).required().maxLength(1000);
        Button submit = submit(ui, check, () -> {
            steps.completeObjection(task.id(), upheld.getValue(), action.getValue(), resolution.getValue());
            onCompleted.run();
        });
        Component source = ObjectionTexts.source(o);
        return layout(summary(ui, c), source, ObjectionTexts.content(o), upheld, action, resolution, submit);
    }

    private Component townshipReview(UI ui, TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        RadioButtonGroup<TownshipDecision> decision =
                choice(ui, "identification.decision", TownshipDecision.values(), Texts::of, TownshipDecision.APPROVE);
        decision.setId("review-decision");
        TextArea comment = comment(ui, "identification.opinion.township");
        // the notice was posted in the village while no task was open: its photos are attached at this first step after
        // it
        AttachmentField photos = file(ui, c, task, AttachmentKind.NOTICE_PHOTO, "attach.noticePhoto");
        photos.setId("review-notice-photos");
        FormCheck check = new FormCheck();
        check.field("decision", decision).required();
        // the opinion is the review's record: required whatever the decision (the service refuses it empty too)
        check.field("comment", comment).required().maxLength(500);
        check.target("noticePhotos", photos);
        Button submit = submit(ui, check, () -> {
            steps.completeTownshipReview(task.id(), c.id(), decision.getValue(), comment.getValue());
            onCompleted.run();
        });
        return layout(summary(ui, c), notice(ui, c), photos, decision, comment, submit);
    }

    private Component countyApproval(UI ui, TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        RadioButtonGroup<Boolean> approved =
                yesNo(ui, "identification.decision", "identification.approve", "identification.reject");
        approved.setId("county-approved");
        TextArea override = comment(ui, "identification.overrideReason");
        override.setId("county-override");
        override.setVisible(c.scaleStatus() == ScaleStatus.OVER);
        TextArea comment = comment(ui, "identification.opinion.county");
        FormCheck check = new FormCheck();
        check.field("approved", approved).required();
        check.field("overrideReason", override)
                .requiredIf(() -> Boolean.TRUE.equals(approved.getValue()))
                .maxLength(500);
        check.field("comment", comment).required().maxLength(500);
        Button submit = submit(ui, check, () -> {
            steps.completeCountyApproval(
                    task.id(), c.id(), approved.getValue(), override.getValue(), comment.getValue());
            onCompleted.run();
        });
        Paragraph scale = new Paragraph(
                c.scaleStatus() == null
                        ? ui.getTranslation("identification.scale.none")
                        : ui.getTranslation(
                                "identification.scale",
                                c.monitoredPopulation(),
                                c.registeredPoorPopulation(),
                                c.limitPercent(),
                                Texts.of(c.scaleStatus())));
        scale.setId("county-scale");
        return layout(summary(ui, c), scale, approved, override, comment, submit);
    }

    private Component supervision(UI ui, TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        TextArea instruction = comment(ui, "identification.supervision");
        FormCheck check = new FormCheck();
        check.field("comment", instruction).required().maxLength(500);
        Button submit = submit(ui, check, () -> {
            steps.completeSupervision(task.id(), c.id(), instruction.getValue());
            onCompleted.run();
        });
        return layout(summary(ui, c), new Paragraph(ui.getTranslation("identification.overdue")), instruction, submit);
    }
}
