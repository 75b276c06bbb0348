package cn.jiandang.household.ui.edit;

import cn.jiandang.base.FormCheck;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.IncomeView;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.security.CurrentOfficer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * "录入收入" (R5, R6): the five income kinds and production costs of a year; a year already recorded is filled in and
 * replaced, the former figures kept in the previous version (R8). Per-capita income follows on the page.
 */
@Component
class IncomeAction implements HouseholdAction {

    private final BaseDataEdits edits;
    private final BaseDataService baseData;
    private final CurrentOfficer current;
    private final Clock clock;

    IncomeAction(BaseDataEdits edits, BaseDataService baseData, CurrentOfficer current, Clock clock) {
        this.edits = edits;
        this.baseData = baseData;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public String labelKey() {
        return "household.action.income";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return Editors.mayEdit(current);
    }

    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return Set.of(Feature.BASE_DATA_EDIT);
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        int version = edits.currentVersion(household.id()).number();
        List<IncomeView> recorded = baseData.incomes(household.id());
        ActionDialog dialog = new ActionDialog(ui, labelKey(), household);
        IntegerField year = new IntegerField(ui.getTranslation("edit.year"));
        year.setId("income-year");
        int thisYear = Year.now(clock).getValue();
        year.setMin(2013);
        year.setMax(thisYear);
        BigDecimalField wages = Fields.money(ui, "registry.income.wages", "income-wages");
        BigDecimalField production = Fields.money(ui, "registry.income.production", "income-production");
        BigDecimalField property = Fields.money(ui, "registry.income.property", "income-property");
        BigDecimalField transfer = Fields.money(ui, "registry.income.transfer", "income-transfer");
        BigDecimalField costs = Fields.money(ui, "registry.income.costs", "income-costs");
        year.addValueChangeListener(e -> recorded.stream()
                .filter(i -> e.getValue() != null && i.record().year() == e.getValue())
                .findFirst()
                .ifPresent(i -> {
                    wages.setValue(i.record().wages());
                    production.setValue(i.record().production());
                    property.setValue(i.record().property());
                    transfer.setValue(i.record().transfer());
                    costs.setValue(i.record().productionCosts());
                }));
        year.setValue(thisYear - 1);
        FormCheck check = new FormCheck();
        check.field("year", year).required().between(2013, thisYear);
        check.field("wages", wages).required().money();
        check.field("production", production).required().money();
        check.field("property", property).required().money();
        check.field("transfer", transfer).required().money();
        check.field("productionCosts", costs).required().money();
        VersionNotice notice = VersionNotice.in(check);
        dialog.open(
                check,
                "income-submit",
                "edit.done.saved",
                VersionNotice.guarded(() -> edits.recordIncome(
                        household.id(),
                        new IncomeRecord(
                                year.getValue(),
                                wages.getValue(),
                                production.getValue(),
                                property.getValue(),
                                transfer.getValue(),
                                costs.getValue()),
                        version)),
                onDone,
                notice,
                year,
                wages,
                production,
                property,
                transfer,
                costs);
    }
}
