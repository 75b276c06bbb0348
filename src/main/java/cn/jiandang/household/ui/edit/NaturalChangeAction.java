package cn.jiandang.household.ui.edit;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.household.WorkingAbility;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.Codes;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * "记录自然变更" (R11): a birth, marriage in or other move in brings a new member with name, ID number and relation;
 * a death, marriage out or other move out names a current member; each marked to the month.
 */
@Component
class NaturalChangeAction implements HouseholdAction {

    private final NaturalChangeService changes;
    private final BaseDataEdits edits;
    private final CurrentOfficer current;
    private final Clock clock;

    NaturalChangeAction(NaturalChangeService changes, BaseDataEdits edits, CurrentOfficer current, Clock clock) {
        this.changes = changes;
        this.edits = edits;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public String labelKey() {
        return "household.action.naturalChange";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return Editors.mayEdit(current);
    }

    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return Set.of(Feature.NATURAL_CHANGE);
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        int version = edits.currentVersion(household.id()).number();
        ActionDialog dialog = new ActionDialog(ui, labelKey(), household);
        Select<NaturalChangeKind> kind = new Select<>();
        kind.setLabel(ui.getTranslation("edit.kind"));
        kind.setItems(NaturalChangeKind.values());
        kind.setItemLabelGenerator(Codes::label);
        kind.setId("nc-kind");
        TextField month = Fields.month(ui, "nc-month");
        Select<HouseholdDetails.MemberView> leaving = new Select<>();
        leaving.setLabel(ui.getTranslation("edit.member"));
        leaving.setItems(household.members());
        leaving.setItemLabelGenerator(m -> m.name() + "（" + Masking.idNumber(m.idNumber()) + "）");
        leaving.setId("nc-leaving");
        Texts.dataChoices(leaving);
        TextField name = Fields.text(ui, "edit.name", "nc-name", 50);
        TextField idNumber = Fields.text(ui, "edit.idNumber", "nc-id-number", 18);
        Select<Relation> relation = Fields.select(
                ui,
                "edit.relation",
                "nc-relation",
                Arrays.stream(Relation.values()).filter(r -> r != Relation.HEAD).toList(),
                Codes::label);
        TextField ethnicity = Fields.text(ui, "edit.ethnicity", "nc-ethnicity", 20);
        Select<Education> education =
                Fields.select(ui, "edit.education", "nc-education", Arrays.asList(Education.values()), Codes::label);
        Select<Health> health =
                Fields.select(ui, "edit.health", "nc-health", Arrays.asList(Health.values()), Codes::label);
        Select<WorkingAbility> ability = Fields.select(
                ui, "edit.workingAbility", "nc-working-ability", Arrays.asList(WorkingAbility.values()), Codes::label);
        Checkbox migrant = new Checkbox(ui.getTranslation("edit.migrantWork"));
        migrant.setId("nc-migrant-work");
        List<com.vaadin.flow.component.Component> joining =
                List.of(name, idNumber, relation, ethnicity, education, health, ability, migrant);
        kind.addValueChangeListener(e -> {
            boolean joins = e.getValue() == null || e.getValue().joins();
            joining.forEach(c -> c.setVisible(joins));
            leaving.setVisible(!joins);
        });
        leaving.setVisible(false);
        FormCheck check = new FormCheck();
        check.field("kind", kind).required();
        check.field("month", month).required().format(v -> Fields.monthProblem(ui, v, clock));
        check.field("memberId", leaving).required();
        check.field("name", name).required().maxLength(50);
        check.field("idNumber", idNumber).required().format(IdNumber::problem);
        check.field("relation", relation).required();
        check.field("ethnicity", ethnicity).maxLength(20);
        VersionNotice notice = VersionNotice.in(check);
        dialog.open(
                check,
                "nc-submit",
                "edit.done.naturalChange",
                VersionNotice.guarded(() -> changes.record(
                        request(
                                household.id(),
                                kind.getValue(),
                                YearMonth.parse(month.getValue().strip()),
                                leaving,
                                new NewHousehold.NewMember(
                                        name.getValue().strip(),
                                        idNumber.getValue().strip(),
                                        relation.getValue(),
                                        null,
                                        null,
                                        ethnicity.getValue().isBlank()
                                                ? null
                                                : ethnicity.getValue().strip(),
                                        education.getValue(),
                                        health.getValue(),
                                        ability.getValue(),
                                        migrant.getValue())),
                        version)),
                onDone,
                notice,
                kind,
                month,
                leaving,
                name,
                idNumber,
                relation,
                ethnicity,
                education,
                health,
                ability,
                migrant);
    }

    private static NaturalChangeRequest request(
            long householdId,
            NaturalChangeKind kind,
            YearMonth month,
            Select<HouseholdDetails.MemberView> leaving,
            NewHousehold.NewMember joining) {
        return kind.joins()
                ? new NaturalChangeRequest(householdId, kind, month, joining)
                : NaturalChangeRequest.leaving(
                        householdId, kind, month, leaving.getValue().memberId());
    }
}
