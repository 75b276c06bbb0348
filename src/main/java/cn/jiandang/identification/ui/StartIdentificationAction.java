package cn.jiandang.identification.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** "申请识别" on the household page of a village officer. */
@Component
class StartIdentificationAction implements HouseholdAction {

    private final IdentificationIntake intake;
    private final CurrentOfficer current;

    StartIdentificationAction(IdentificationIntake intake, CurrentOfficer current) {
        this.intake = intake;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "identification.start";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return current.get().map(o -> o.has(Role.VILLAGE_OFFICER)).orElse(false)
                && !kinds(household).isEmpty();
    }

    /** One function per identification kind; the button works while any kind the household may enter is open. */
    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return kinds(household).stream()
                .map(k -> Feature.forIdentification(k.name()))
                .collect(Collectors.toSet());
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        ActionDialog dialog = new ActionDialog(ui, "identification.start", household);
        Select<Category> kind = new Select<>();
        kind.setId("identification-kind");
        kind.setLabel(ui.getTranslation("identification.kind"));
        kind.setItems(kinds(household));
        kind.setItemLabelGenerator(Texts::of);
        kind.setValue(kinds(household).get(0));
        MultiSelectComboBox<PovertyFactor> factors =
                IdentificationFields.factorBox(ui.getTranslation("identification.factors"));
        factors.setId("identification-factors");
        Select<PovertyFactor> returnCause = IdentificationFields.returnCauseBox(ui);
        kind.addValueChangeListener(e -> {
            IdentificationFields.limitFactors(factors, e.getValue());
            returnCause.setVisible(e.getValue() == Category.RETURNED);
        });
        IdentificationFields.limitFactors(factors, kind.getValue());
        returnCause.setVisible(kind.getValue() == Category.RETURNED);
        FormCheck check = new FormCheck();
        check.field("kind", kind).required();
        check.field("causes", factors).requiredIf(() -> kind.getValue() != Category.RETURNED);
        check.field("returnCause", returnCause).required();
        dialog.open(
                check,
                "identification-submit",
                "identification.started",
                () -> intake.apply(new IdentificationApplication(
                        Channel.VILLAGE,
                        kind.getValue(),
                        household.id(),
                        null,
                        IdentificationFields.copy(factors.getValue()),
                        returnCause.isVisible() ? returnCause.getValue() : null)),
                onDone,
                kind,
                factors,
                returnCause);
    }

    private static List<Category> kinds(HouseholdDetails household) {
        return Arrays.stream(
                        new Category[] {Category.NEWLY_POOR, Category.RETURNED, Category.MONITORED, Category.MARGINAL})
                .filter(k -> Category.mayIdentify(household.category(), k))
                .toList();
    }
}
