package cn.jiandang.household.ui.edit;

import cn.jiandang.base.FormCheck;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.HouseholdUpdate;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * "修改联系方式" (R10): the household's real contact phone and whether members work away. The current number is shown
 * masked as a hint; the official types the new one (the form never shows a full number).
 */
@Component
class ContactAction implements HouseholdAction {

    private final BaseDataEdits edits;
    private final CurrentOfficer current;

    ContactAction(BaseDataEdits edits, CurrentOfficer current) {
        this.edits = edits;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "household.action.contact";
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
        ActionDialog dialog = new ActionDialog(ui, labelKey(), household);
        TextField phone = Fields.text(ui, "edit.phone", "contact-phone", 20);
        phone.setHelperText(ui.getTranslation("edit.phone.current", Masking.phone(household.contactPhone())));
        Checkbox away = new Checkbox(ui.getTranslation("edit.worksAway"), household.worksAway());
        away.setId("contact-works-away");
        FormCheck check = new FormCheck();
        check.field("contactPhone", phone).required().maxLength(20).format(ContactPhone::problem);
        VersionNotice notice = VersionNotice.in(check);
        dialog.open(
                check,
                "contact-submit",
                "edit.done.saved",
                VersionNotice.guarded(() -> edits.update(
                        household.id(), HouseholdUpdate.contact(phone.getValue(), away.getValue()), version)),
                onDone,
                notice,
                phone,
                away);
    }
}
