package cn.jiandang.warning.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.tasks.TaskForms;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.warning.SignalView;
import cn.jiandang.warning.WarningSteps;
import cn.jiandang.warning.WarningView;
import cn.jiandang.warning.Warnings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import static cn.jiandang.warning.WarningVariables.*;

/**
 * The form of "核实预警": the household's summary (head's ID masked), the rule's reason and risk, the signals (ID
 * numbers masked), and the outcome: no risk with the reason, or the identification the household's category allows.
 */
@SpringComponent
class WarningForms extends TaskForms<WarningView> {

    private final WarningSteps steps;

    WarningForms(Warnings warnings, WarningSteps steps) {
        super(PROCESS_KEY, warnings::find);
        this.steps = steps;
        form(this::verify, TASK_VERIFY);
    }

    private Component verify(UI ui, TaskRef task, WarningView w, Runnable onCompleted) {
        RadioButtonGroup<Boolean> noRisk =
                yesNo(ui, "warning.outcome", "warning.outcome.noRisk", "warning.outcome.identify");
        noRisk.setValue(null);
        noRisk.setId("warning-outcome");
        RadioButtonGroup<Category> kind = new RadioButtonGroup<>(ui.getTranslation("warning.kind"));
        kind.setItems(w.identificationKinds());
        kind.setItemLabelGenerator(Texts::of);
        kind.setId("warning-kind");
        kind.setVisible(false);
        if (w.identificationKinds().size() == 1) {
            kind.setValue(w.identificationKinds().get(0));
        }
        if (w.identificationKinds().isEmpty()) {
            kind.setHelperText(ui.getTranslation("warning.kind.none"));
        }
        noRisk.addValueChangeListener(e -> kind.setVisible(Boolean.FALSE.equals(e.getValue())));
        TextArea comment = comment(ui, "warning.comment");
        FormCheck check = new FormCheck();
        check.field("noRisk", noRisk).required();
        check.field("kind", kind).requiredIf(() -> Boolean.FALSE.equals(noRisk.getValue()));
        check.field("comment", comment)
                .requiredIf(() -> Boolean.TRUE.equals(noRisk.getValue()))
                .maxLength(500);
        VerticalLayout layout = new VerticalLayout(
                household(ui, w),
                reason(ui, w),
                new H4(ui.getTranslation("warning.signals")),
                signals(ui, w),
                noRisk,
                kind,
                comment,
                submit(ui, check, () -> {
                    boolean none = noRisk.getValue();
                    steps.completeVerification(
                            task.id(), w.id(), none, none ? null : kind.getValue(), comment.getValue());
                    onCompleted.run();
                }));
        layout.setPadding(false);
        layout.setMaxWidth("48em");
        return layout;
    }

    private static Paragraph household(UI ui, WarningView w) {
        String separator = ui.getTranslation("validation.labelSeparator");
        Paragraph p = Texts.data(new Paragraph(ui.getTranslation("warning.household") + separator + w.headName() + " "
                + w.headIdMasked() + " · " + Texts.of(Category.class, w.category()) + " · " + w.householdSize()));
        p.setId("warning-household");
        return p;
    }

    private static Paragraph reason(UI ui, WarningView w) {
        String separator = ui.getTranslation("validation.labelSeparator");
        Paragraph p = new Paragraph(ui.getTranslation("warning.reason") + separator + w.reason() + " · "
                + ui.getTranslation("warning.risk") + separator + Texts.of(w.risk()));
        p.setId("warning-reason");
        return p;
    }

    private static Grid<SignalView> signals(UI ui, WarningView w) {
        Grid<SignalView> grid = new Grid<>();
        grid.addColumn(s -> Texts.of(s.source())).setHeader(ui.getTranslation("warning.signal.source"));
        grid.addColumn(s -> s.source().department()).setHeader(ui.getTranslation("warning.signal.department"));
        Texts.data(grid.addColumn(SignalView::idNumber).setHeader(ui.getTranslation("warning.signal.idNumber")));
        grid.addColumn(SignalView::date).setHeader(ui.getTranslation("warning.signal.date"));
        grid.addColumn(s -> s.amount() == null ? "" : s.amount().toPlainString())
                .setHeader(ui.getTranslation("warning.signal.amount"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setItems(w.signals());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("warning-signals");
        return grid;
    }
}
