package cn.jiandang.riskelimination.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.riskelimination.ReviewDecision;
import cn.jiandang.riskelimination.RiskEliminationCaseView;
import cn.jiandang.riskelimination.RiskEliminationService;
import cn.jiandang.riskelimination.RiskEliminationVariables;
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

import static cn.jiandang.riskelimination.RiskEliminationVariables.*;

/** The forms of the risk-elimination's user tasks. */
@org.springframework.stereotype.Component
class RiskEliminationForms implements TaskFormFactory {

    private final RiskEliminationService service;

    RiskEliminationForms(RiskEliminationService service) {
        this.service = service;
    }

    @Override
    public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
        return RiskEliminationVariables.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(TaskRef task, Runnable onCompleted) {
        RiskEliminationCaseView c = service.find(task.caseId());
        UI ui = UI.getCurrent();
        TextArea comment = new TextArea(ui.getTranslation("task.comment"));
        comment.setWidthFull();
        comment.setMaxLength(500);
        comment.setId("task-comment");
        FormCheck check = new FormCheck();
        return switch (task.taskDefinitionKey()) {
            case TASK_HOME_VERIFICATION -> {
                RadioButtonGroup<Boolean> confirmed = yesNo(ui, "riskelimination.decision",
                        "riskelimination.confirmed", "riskelimination.notConfirmed", "risk-confirmed");
                check.field("confirmed", confirmed).required();
                check.field("comment", comment).requiredIf(() -> Boolean.FALSE.equals(confirmed.getValue())).maxLength(500);
                yield form(ui, evidence(ui, c), confirmed, comment, check.guard(() -> {
                    service.completeHomeVerification(task.id(), c.id(), confirmed.getValue(), comment.getValue());
                    onCompleted.run();
                }));
            }
            case TASK_DEMOCRATIC_APPRAISAL -> {
                RadioButtonGroup<Boolean> passed = yesNo(ui, "identification.appraisal.result",
                        "identification.appraisal.passed", "identification.appraisal.failed", "risk-appraisal");
                TextArea minutes = new TextArea(ui.getTranslation("identification.appraisal.minutes"));
                minutes.setWidthFull();
                minutes.setId("risk-minutes");
                check.field("passed", passed).required();
                check.field("minutes", minutes).required().maxLength(2000);
                check.field("reason", comment).requiredIf(() -> Boolean.FALSE.equals(passed.getValue())).maxLength(500);
                yield form(ui, evidence(ui, c), passed, minutes, comment, check.guard(() -> {
                    service.completeAppraisal(task.id(), c.id(), passed.getValue(), minutes.getValue(),
                            comment.getValue());
                    onCompleted.run();
                }));
            }
            case TASK_TOWNSHIP_REVIEW -> {
                RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>(
                        ui.getTranslation("riskelimination.decision"));
                decision.setItems(ReviewDecision.values());
                decision.setItemLabelGenerator(ReviewDecision::label);
                decision.setValue(ReviewDecision.APPROVE);
                decision.setId("risk-review");
                check.field("decision", decision).required();
                check.field("comment", comment).requiredIf(() -> decision.getValue() != ReviewDecision.APPROVE)
                        .maxLength(500);
                yield form(ui, evidence(ui, c), new Paragraph(c.noticeText() == null ? "" : c.noticeText()), decision,
                        comment, check.guard(() -> {
                            service.completeTownshipReview(task.id(), c.id(), decision.getValue(), comment.getValue());
                            onCompleted.run();
                        }));
            }
            case TASK_COUNTY_APPROVAL -> {
                RadioButtonGroup<Boolean> approved = yesNo(ui, "riskelimination.decision", "riskelimination.approve",
                        "riskelimination.reject", "risk-approved");
                check.field("approved", approved).required();
                check.field("comment", comment).requiredIf(() -> Boolean.FALSE.equals(approved.getValue())).maxLength(500);
                yield form(ui, evidence(ui, c), approved, comment, check.guard(() -> {
                    service.completeCountyApproval(task.id(), c.id(), approved.getValue(), comment.getValue());
                    onCompleted.run();
                }));
            }
            default -> new Paragraph(task.taskDefinitionKey());
        };
    }

    private static Paragraph evidence(UI ui, RiskEliminationCaseView c) {
        Paragraph p = new Paragraph(c.category().label() + " · "
                + ui.getTranslation("riskelimination.perCapitaIncome") + "：" + c.perCapitaIncome() + " · "
                + ui.getTranslation("riskelimination.monitoringLine") + "：" + c.monitoringLine() + " · "
                + ui.getTranslation("riskelimination.incomePeriod") + "：" + c.incomePeriodStart() + " — "
                + c.incomePeriodEnd() + (c.evidenceNote() == null ? "" : " · " + c.evidenceNote()));
        p.setId("risk-evidence");
        return p;
    }

    private static RadioButtonGroup<Boolean> yesNo(UI ui, String label, String yes, String no, String id) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(ui.getTranslation(label));
        group.setItems(true, false);
        group.setItemLabelGenerator(b -> ui.getTranslation(b ? yes : no));
        group.setValue(true);
        group.setId(id);
        return group;
    }

    private static Component form(UI ui, Object... partsAndAction) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setMaxWidth("40em");
        for (Object part : partsAndAction) {
            if (part instanceof Component c) {
                layout.add(c);
            } else if (part instanceof Runnable action) {
                Button submit = new Button(ui.getTranslation("task.submit"), e -> action.run());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                submit.setId("task-submit");
                layout.add(submit);
            }
        }
        return layout;
    }
}
