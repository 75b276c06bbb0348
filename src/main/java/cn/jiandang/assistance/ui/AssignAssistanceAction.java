package cn.jiandang.assistance.ui;

import cn.jiandang.assistance.AssistanceIntake;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.assistance.NewMeasure;
import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "安排帮扶措施" on the household page of a township or county officer. */
@Component
class AssignAssistanceAction implements HouseholdAction {

    private final AssistanceIntake intake;
    private final CurrentOfficer current;

    AssignAssistanceAction(AssistanceIntake intake, CurrentOfficer current) {
        this.intake = intake;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "assistance.start";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return current.get()
                        .map(o -> o.has(Role.TOWNSHIP_OFFICER) || o.has(Role.COUNTY_OFFICER))
                        .orElse(false)
                && household.category() != null
                && AssistanceIntake.ELIGIBLE.contains(household.category());
    }

    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return Set.of(Feature.ASSISTANCE);
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        ActionDialog dialog = new ActionDialog(ui, "assistance.start", household);
        TextField helper = new TextField(ui.getTranslation("assistance.helper"));
        helper.setId("assistance-helper");
        TextField unit = new TextField(ui.getTranslation("assistance.helperUnit"));
        unit.setId("assistance-unit");
        FormCheck check = new FormCheck();
        check.field("helperName", helper).required().maxLength(50);
        check.field("helperUnit", unit).maxLength(100);
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<MeasureRow> measures = new ArrayList<>();
        Runnable addRow = () -> {
            MeasureRow row = new MeasureRow(ui, measures.size());
            String at = "measures[" + measures.size() + "].";
            check.field(at + "type", row.type).required();
            check.field(at + "description", row.description).required().maxLength(500);
            check.field(at + "plannedAmount", row.amount).money();
            measures.add(row);
            rows.add(row.layout);
        };
        addRow.run();
        Button add = new Button(ui.getTranslation("assistance.measure.add"), e -> addRow.run());
        add.setId("assistance-add");
        dialog.open(
                check,
                "assistance-submit",
                "assistance.started",
                () -> intake.assign(
                        household.id(),
                        helper.getValue(),
                        unit.getValue(),
                        measures.stream().map(MeasureRow::value).toList()),
                onDone,
                new HorizontalLayout(helper, unit),
                rows,
                add);
    }

    private static final class MeasureRow {
        final Select<MeasureType> type = new Select<>();
        final TextField description;
        final BigDecimalField amount;
        final HorizontalLayout layout;

        MeasureRow(UI ui, int index) {
            type.setLabel(ui.getTranslation("assistance.measure.type"));
            type.setItems(MeasureType.values());
            type.setItemLabelGenerator(Texts::of);
            type.setId("assistance-type-" + index);
            description = new TextField(ui.getTranslation("assistance.measure.description"));
            description.setId("assistance-description-" + index);
            amount = new BigDecimalField(ui.getTranslation("assistance.measure.plannedAmount"));
            amount.setId("assistance-amount-" + index);
            layout = new HorizontalLayout(type, description, amount);
        }

        NewMeasure value() {
            return new NewMeasure(type.getValue(), description.getValue(), amount.getValue());
        }
    }
}
