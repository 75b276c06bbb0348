package cn.jiandang.riskelimination.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.riskelimination.ReviewDecision;
import cn.jiandang.riskelimination.RiskEliminationCaseView;
import cn.jiandang.riskelimination.RiskEliminationCases;
import cn.jiandang.riskelimination.RiskEliminationSteps;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.function.BiConsumer;

import static cn.jiandang.riskelimination.RiskEliminationVariables.*;

/** The forms of the risk-elimination's user tasks. */
@SpringComponent
class RiskEliminationForms extends TaskForms<RiskEliminationCaseView> {

    private final RiskEliminationSteps steps;
    private final AttachmentService attachments;

    RiskEliminationForms(RiskEliminationCases cases, RiskEliminationSteps steps, AttachmentService attachments) {
        super(PROCESS_KEY, cases::find);
        this.steps = steps;
        this.attachments = attachments;
        form(this::homeVerification, TASK_HOME_VERIFICATION);
        form(this::appraisal, TASK_DEMOCRATIC_APPRAISAL);
        form(this::townshipReview, TASK_TOWNSHIP_REVIEW);
        form(this::countyApproval, TASK_COUNTY_APPROVAL);
    }

    private Component homeVerification(UI ui, TaskRef task, RiskEliminationCaseView c, Runnable onCompleted) {
        return yesNoStep(
                ui,
                c,
                "confirmed",
                "riskelimination.confirmed",
                "riskelimination.notConfirmed",
                "risk-confirmed",
                (yes, comment) -> steps.completeHomeVerification(task.id(), c.id(), yes, comment),
                onCompleted);
    }

    private Component appraisal(UI ui, TaskRef task, RiskEliminationCaseView c, Runnable onCompleted) {
        RadioButtonGroup<Boolean> passed = yesNo(
                ui,
                "identification.appraisal.result",
                "identification.appraisal.passed",
                "identification.appraisal.failed",
                "risk-appraisal");
        TextArea minutes = new TextArea(ui.getTranslation("identification.appraisal.minutes"));
        minutes.setWidthFull();
        minutes.setId("risk-minutes");
        TextArea comment = comment(ui);
        AttachmentField minutesFile = file(ui, c, task, AttachmentKind.MINUTES, "attach.minutes");
        minutesFile.setId("risk-minutes-file");
        FormCheck check = new FormCheck();
        check.field("passed", passed).required();
        check.field("minutes", minutes).required().maxLength(2000);
        check.target("minutesFile", minutesFile);
        check.field("reason", comment)
                .requiredIf(() -> Boolean.FALSE.equals(passed.getValue()))
                .maxLength(500);
        return layout(evidence(ui, c), passed, minutes, minutesFile, comment, submit(ui, check, () -> {
            steps.completeAppraisal(task.id(), c.id(), passed.getValue(), minutes.getValue(), comment.getValue());
            onCompleted.run();
        }));
    }

    private Component townshipReview(UI ui, TaskRef task, RiskEliminationCaseView c, Runnable onCompleted) {
        RadioButtonGroup<ReviewDecision> decision =
                choice(ui, "riskelimination.decision", ReviewDecision.values(), Texts::of, ReviewDecision.APPROVE);
        decision.setId("risk-review");
        TextArea comment = comment(ui);
        // the notice was posted in the village while no task was open: its photos are attached at this first step after
        // it
        AttachmentField photos = file(ui, c, task, AttachmentKind.NOTICE_PHOTO, "attach.noticePhoto");
        photos.setId("risk-notice-photos");
        FormCheck check = new FormCheck();
        check.field("decision", decision).required();
        check.field("comment", comment)
                .requiredIf(() -> decision.getValue() != ReviewDecision.APPROVE)
                .maxLength(500);
        check.target("noticePhotos", photos);
        return layout(
                evidence(ui, c),
                Texts.data(new Paragraph(c.noticeText() == null ? "" : c.noticeText())),
                photos,
                decision,
                comment,
                submit(ui, check, () -> {
                    steps.completeTownshipReview(task.id(), c.id(), decision.getValue(), comment.getValue());
                    onCompleted.run();
                }));
    }

    private Component countyApproval(UI ui, TaskRef task, RiskEliminationCaseView c, Runnable onCompleted) {
        return yesNoStep(
                ui,
                c,
                "approved",
                "riskelimination.approve",
                "riskelimination.reject",
                "risk-approved",
                (yes, comment) -> steps.completeCountyApproval(task.id(), c.id(), yes, comment),
                onCompleted);
    }

    /** A file of the case uploaded at this step. */
    private AttachmentField file(UI ui, RiskEliminationCaseView c, TaskRef task, String kind, String labelKey) {
        return new AttachmentField(
                attachments,
                ui.getTranslation(labelKey),
                RegionCode.of(c.villageCode()),
                "RiskEliminationCase",
                String.valueOf(c.id()),
                kind,
                task.id());
    }

    /** A yes/no decision ({@code field}) with a comment required for "no". */
    private static Component yesNoStep(
            UI ui,
            RiskEliminationCaseView c,
            String field,
            String yesKey,
            String noKey,
            String id,
            BiConsumer<Boolean, String> complete,
            Runnable onCompleted) {
        RadioButtonGroup<Boolean> decision = yesNo(ui, "riskelimination.decision", yesKey, noKey, id);
        TextArea comment = comment(ui);
        FormCheck check = new FormCheck();
        check.field(field, decision).required();
        check.field("comment", comment)
                .requiredIf(() -> Boolean.FALSE.equals(decision.getValue()))
                .maxLength(500);
        return layout(evidence(ui, c), decision, comment, submit(ui, check, () -> {
            complete.accept(decision.getValue(), comment.getValue());
            onCompleted.run();
        }));
    }

    private static Paragraph evidence(UI ui, RiskEliminationCaseView c) {
        String separator = ui.getTranslation("validation.labelSeparator");
        Paragraph p = new Paragraph(new Span(Texts.of(c.category()) + " · "
                + ui.getTranslation("riskelimination.perCapitaIncome") + separator + c.perCapitaIncome() + " · "
                + ui.getTranslation("riskelimination.monitoringLine") + separator + c.monitoringLine() + " · "
                + ui.getTranslation("riskelimination.incomePeriod") + separator + c.incomePeriodStart() + " — "
                + c.incomePeriodEnd()));
        if (c.evidenceNote() != null) {
            p.add(new Span(" · "), Texts.data(new Span(c.evidenceNote())));
        }
        p.setId("risk-evidence");
        return p;
    }

    private static RadioButtonGroup<Boolean> yesNo(UI ui, String label, String yes, String no, String id) {
        RadioButtonGroup<Boolean> group = yesNo(ui, label, yes, no);
        group.setId(id);
        return group;
    }

    private static Component layout(Component... parts) {
        VerticalLayout layout = new VerticalLayout(parts);
        layout.setPadding(false);
        layout.setMaxWidth("40em");
        return layout;
    }
}
