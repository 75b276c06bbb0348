package cn.jiandang.household.ui.edit;

import cn.jiandang.base.FormCheck;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.WorkingAbility;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.MemberData;
import cn.jiandang.household.basedata.MemberUpdate;
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

import java.util.Arrays;
import java.util.Set;

/**
 * "修改成员信息": a member's ethnicity, education, health, working ability and migrant work; a member who works away
 * needs a real phone of his or her own (R10). The member's current data fills the form; the phone shows masked as a
 * hint and is kept unless a new one is typed.
 */
@Component
class MemberEditAction implements HouseholdAction {

    private final BaseDataEdits edits;
    private final CurrentOfficer current;

    MemberEditAction(BaseDataEdits edits, CurrentOfficer current) {
        this.edits = edits;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "household.action.member";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return Editors.mayEdit(current) && !household.members().isEmpty();
    }

    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return Set.of(Feature.BASE_DATA_EDIT);
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        int version = edits.currentVersion(household.id()).number();
        ActionDialog dialog = new ActionDialog(ui, labelKey(), household);
        Select<HouseholdDetails.MemberView> member = new Select<>();
        member.setLabel(ui.getTranslation("edit.member"));
        member.setItems(household.members());
        member.setItemLabelGenerator(m -> m.name() + "（" + Masking.idNumber(m.idNumber()) + "）");
        member.setId("member-edit-member");
        TextField ethnicity = Fields.text(ui, "edit.ethnicity", "member-edit-ethnicity", 20);
        Select<Education> education = Fields.select(
                ui, "edit.education", "member-edit-education", Arrays.asList(Education.values()), Codes::label);
        Select<Health> health =
                Fields.select(ui, "edit.health", "member-edit-health", Arrays.asList(Health.values()), Codes::label);
        Select<WorkingAbility> ability = Fields.select(
                ui,
                "edit.workingAbility",
                "member-edit-working-ability",
                Arrays.asList(WorkingAbility.values()),
                Codes::label);
        Checkbox migrant = new Checkbox(ui.getTranslation("edit.migrantWork"));
        migrant.setId("member-edit-migrant-work");
        TextField phone = Fields.text(ui, "edit.migrantPhone", "member-edit-phone", 20);
        boolean[] phoneOnRecord = {false};
        member.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            MemberData data = edits.member(household.id(), e.getValue().memberId());
            ethnicity.setValue(
                    data.data().ethnicity() == null ? "" : data.data().ethnicity());
            education.setValue(data.data().education());
            health.setValue(data.data().health());
            ability.setValue(data.data().workingAbility());
            migrant.setValue(data.data().migrantWork());
            phone.clear();
            phoneOnRecord[0] = data.data().contactPhone() != null;
            phone.setPlaceholder(
                    data.data().contactPhone() == null
                            ? ""
                            : Masking.phone(data.data().contactPhone()));
        });
        FormCheck check = new FormCheck();
        check.field("memberId", member).required();
        check.field("ethnicity", ethnicity).maxLength(20);
        check.field("contactPhone", phone)
                .requiredIf(() -> migrant.getValue() && !phoneOnRecord[0])
                .maxLength(20)
                .format(ContactPhone::problem);
        VersionNotice notice = VersionNotice.in(check);
        dialog.open(
                check,
                "member-edit-submit",
                "edit.done.saved",
                VersionNotice.guarded(() -> edits.updateMember(
                        household.id(),
                        member.getValue().memberId(),
                        new MemberUpdate(
                                ethnicity.getValue(),
                                education.getValue(),
                                health.getValue(),
                                ability.getValue(),
                                migrant.getValue(),
                                phone.getValue()),
                        version)),
                onDone,
                notice,
                member,
                ethnicity,
                education,
                health,
                ability,
                migrant,
                phone);
    }
}
