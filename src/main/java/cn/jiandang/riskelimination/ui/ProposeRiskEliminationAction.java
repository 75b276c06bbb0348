package cn.jiandang.riskelimination.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.stereotype.Component;

import java.util.Set;

/** "申请风险消除" on the page of a monitored or marginal household, for its village officer. */
@Component
class ProposeRiskEliminationAction implements HouseholdAction {

    private final RiskEliminationIntake intake;
    private final CurrentOfficer current;

    ProposeRiskEliminationAction(RiskEliminationIntake intake, CurrentOfficer current) {
        this.intake = intake;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "riskelimination.start";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return current.get().map(o -> o.has(Role.VILLAGE_OFFICER)).orElse(false)
                && intake.mayPropose(household.id(), household.category(), household.riskEliminated());
    }

    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return Set.of(Feature.RISK_ELIMINATION);
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        ActionDialog dialog = new ActionDialog(ui, "riskelimination.start", household);
        BigDecimalField income = new BigDecimalField(ui.getTranslation("riskelimination.perCapitaIncome"));
        income.setId("risk-income");
        BigDecimalField line = new BigDecimalField(ui.getTranslation("riskelimination.monitoringLine"));
        line.setId("risk-line");
        Checkbox schooling = box(ui, "riskelimination.schoolingSecure");
        Checkbox medical = box(ui, "riskelimination.medicalSecure");
        Checkbox housing = box(ui, "riskelimination.housingSecure");
        Checkbox water = box(ui, "riskelimination.drinkingWaterSecure");
        Checkbox gone = box(ui, "riskelimination.riskGone");
        Checkbox noNew = box(ui, "riskelimination.noNewRisk");
        TextArea note = new TextArea(ui.getTranslation("riskelimination.evidenceNote"));
        note.setWidthFull();
        note.setMaxLength(1000);
        FormCheck check = new FormCheck();
        check.field("perCapitaIncome", income)
                .required()
                .money()
                .check(v -> line.getValue() == null || v.compareTo(line.getValue()) > 0, "validation.incomeAboveLine");
        check.field("monitoringLine", line).required().money();
        check.field("schoolingSecure", schooling).required();
        check.field("medicalSecure", medical).required();
        check.field("housingSecure", housing).required();
        check.field("drinkingWaterSecure", water).required();
        check.field("riskGone", gone).required();
        check.field("noNewRisk", noNew).required();
        check.field("evidenceNote", note).maxLength(1000);
        dialog.open(
                check,
                "risk-submit",
                "riskelimination.started",
                () -> intake.propose(
                        household.id(),
                        new RiskEvidence(
                                income.getValue(),
                                line.getValue(),
                                schooling.getValue(),
                                medical.getValue(),
                                housing.getValue(),
                                water.getValue(),
                                gone.getValue(),
                                noNew.getValue(),
                                note.getValue())),
                onDone,
                income,
                line,
                schooling,
                medical,
                housing,
                water,
                gone,
                noNew,
                note);
    }

    private static Checkbox box(UI ui, String key) {
        Checkbox box = new Checkbox(ui.getTranslation(key));
        box.setId("risk-" + key.substring(key.indexOf('.') + 1));
        return box;
    }
}
