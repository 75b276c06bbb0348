package cn.jiandang.identification.ui;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationService;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.tasks.TaskFormFactory;
import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Arrays;
import java.util.EnumSet;

/** The forms of the identification's user tasks. */
@org.springframework.stereotype.Component
class IdentificationForms implements TaskFormFactory {

    private final IdentificationService service;

    IdentificationForms(IdentificationService service) {
        this.service = service;
    }

    @Override
    public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
        return IdentificationVariables.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(TaskRef task, Runnable onCompleted) {
        IdentificationCaseView c = service.find(task.caseId());
        return switch (task.taskDefinitionKey()) {
            case IdentificationVariables.TASK_HOME_VERIFICATION -> homeVerification(task, c, onCompleted);
            case IdentificationVariables.TASK_TOWNSHIP_REVIEW -> townshipReview(task, c, onCompleted);
            default -> new Paragraph(task.taskDefinitionKey());
        };
    }

    private Component homeVerification(TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        UI ui = UI.getCurrent();
        MultiSelectComboBox<PovertyFactor> factors = factorBox(ui.getTranslation("identification.factors"));
        limitFactors(factors, c.kind());
        factors.setValue(c.factors());
        factors.setId("verification-factors");
        TextArea comment = comment(ui);
        Button submit = new Button(ui.getTranslation("task.submit"), e -> {
            service.completeHomeVerification(task.id(), c.id(), factors.getValue().isEmpty()
                    ? EnumSet.noneOf(PovertyFactor.class) : EnumSet.copyOf(factors.getValue()), comment.getValue());
            onCompleted.run();
        });
        return form(kindLine(ui, c), factors, comment, submit);
    }

    private Component townshipReview(TaskRef task, IdentificationCaseView c, Runnable onCompleted) {
        UI ui = UI.getCurrent();
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(ui.getTranslation("identification.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(b -> ui.getTranslation(b ? "identification.approve" : "identification.reject"));
        decision.setValue(true);
        decision.setId("review-decision");
        TextArea comment = comment(ui);
        Button submit = new Button(ui.getTranslation("task.submit"), e -> {
            service.completeTownshipReview(task.id(), c.id(), decision.getValue(), comment.getValue());
            onCompleted.run();
        });
        String factors = c.factors().stream().map(PovertyFactor::label).reduce((a, b) -> a + "、" + b).orElse("");
        return form(kindLine(ui, c), new Paragraph(ui.getTranslation("identification.factors") + "：" + factors),
                decision, comment, submit);
    }

    private static Paragraph kindLine(UI ui, IdentificationCaseView c) {
        return new Paragraph(ui.getTranslation("identification.kind") + "：" + c.kind().label()
                + " · " + c.channel().label());
    }

    private static TextArea comment(UI ui) {
        TextArea comment = new TextArea(ui.getTranslation("task.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.setId("task-comment");
        return comment;
    }

    private static Component form(Component... parts) {
        VerticalLayout layout = new VerticalLayout(parts);
        layout.setPadding(false);
        layout.setMaxWidth("40em");
        for (Component part : parts) {
            if (part instanceof Button b) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.setId("task-submit");
            }
        }
        return layout;
    }

    static MultiSelectComboBox<PovertyFactor> factorBox(String label) {
        MultiSelectComboBox<PovertyFactor> box = new MultiSelectComboBox<>(label);
        box.setItemLabelGenerator(PovertyFactor::label);
        box.setWidthFull();
        box.setRequired(true);
        return box;
    }

    /** Causes for poor kinds, the whole risk list for monitoring objects. */
    static void limitFactors(MultiSelectComboBox<PovertyFactor> box, Category kind) {
        box.setItems(Arrays.stream(PovertyFactor.values())
                .filter(f -> kind == null || kind.isMonitoringObject() || f.isCause()).toList());
    }
}
