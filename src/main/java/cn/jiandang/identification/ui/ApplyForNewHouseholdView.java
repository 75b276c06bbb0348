package cn.jiandang.identification.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * A village officer registers a household that is not yet in the archive and applies for its identification in
 * the same step; the household is stored only once the county approves.
 */
@Route("identification/apply")
@Menu(title = "identification.menu.apply", order = 3)
@RolesAllowed("VILLAGE_OFFICER")
public class ApplyForNewHouseholdView extends VerticalLayout implements HasDynamicTitle {

    private final List<MemberRow> members = new ArrayList<>();
    private final VerticalLayout memberRows = new VerticalLayout();
    private final FormCheck check = new FormCheck();

    public ApplyForNewHouseholdView(IdentificationIntake intake, RegionService regions, CurrentOfficer current) {
        addClassName("jd-page");
        Select<RegionView> village = new Select<>();
        village.setLabel(getTranslation("household.village"));
        village.setItems(regions.villagesUnder(current.require().region()));
        village.setItemLabelGenerator(r -> r == null ? "" : r.name());
        village.setId("apply-village");
        Texts.dataChoices(village);
        if (village.getListDataView().getItemCount() == 1) {
            village.setValue(village.getListDataView().getItem(0));
        }
        TextField phone = new TextField(getTranslation("household.phone"));
        phone.setId("apply-phone");
        Select<Category> kind = new Select<>();
        kind.setLabel(getTranslation("identification.kind"));
        kind.setItems(Category.NEWLY_POOR, Category.MARGINAL);
        kind.setItemLabelGenerator(Texts::of);
        kind.setValue(Category.NEWLY_POOR);
        kind.setId("apply-kind");
        MultiSelectComboBox<PovertyFactor> factors =
                IdentificationFields.factorBox(getTranslation("identification.factors"));
        factors.setId("apply-factors");
        IdentificationFields.limitFactors(factors, kind.getValue());
        kind.addValueChangeListener(e -> IdentificationFields.limitFactors(factors, e.getValue()));
        check.field("household.villageCode", village).required();
        check.field("household.contactPhone", phone).required().maxLength(20).format(ContactPhone::problem);
        check.field("kind", kind).required();
        check.field("causes", factors).required();
        memberRows.setPadding(false);
        addMember(Relation.HEAD);
        Button add = new Button(getTranslation("identification.member.add"), e -> addMember(Relation.SPOUSE));
        add.setId("apply-add-member");
        Button submit = new Button(
                getTranslation("task.submit"),
                e -> check.submit(() -> {
                    intake.apply(new IdentificationApplication(
                            Channel.VILLAGE,
                            kind.getValue(),
                            null,
                            new IdentificationApplication.Applicant(
                                    village.getValue() == null
                                            ? null
                                            : village.getValue().code().value(),
                                    phone.getValue(),
                                    members.stream().map(MemberRow::value).toList()),
                            IdentificationFields.copy(factors.getValue()),
                            null));
                    Notification.show(
                                    getTranslation("identification.started"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(""));
                }));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("apply-submit");
        add(
                new H2(getTranslation("identification.menu.apply")),
                new HorizontalLayout(village, phone),
                new HorizontalLayout(kind, factors),
                memberRows,
                add,
                submit);
    }

    private void addMember(Relation relation) {
        MemberRow row = new MemberRow(this, members.size(), relation);
        members.add(row);
        memberRows.add(row.layout);
        String at = "household.members[" + row.index + "].";
        check.field(at + "name", row.name).required().maxLength(50);
        check.field(at + "idNumber", row.idNumber).required().format(IdNumber::problem);
        check.field(at + "relation", row.relation).required();
    }

    private static final class MemberRow {
        final TextField name;
        final TextField idNumber;
        final Select<Relation> relation = new Select<>();
        final HorizontalLayout layout;
        final int index;

        MemberRow(VerticalLayout view, int index, Relation initial) {
            this.index = index;
            name = new TextField(view.getTranslation("household.member.name"));
            name.setId("apply-member-name-" + index);
            idNumber = new TextField(view.getTranslation("household.member.id"));
            idNumber.setId("apply-member-id-" + index);
            idNumber.setMaxLength(18);
            relation.setLabel(view.getTranslation("household.member.relation"));
            relation.setItems(Relation.values());
            relation.setItemLabelGenerator(Texts::of);
            relation.setValue(initial);
            relation.setId("apply-member-relation-" + index);
            layout = new HorizontalLayout(name, idNumber, relation);
        }

        IdentificationApplication.ApplicantMember value() {
            return new IdentificationApplication.ApplicantMember(
                    name.getValue(), idNumber.getValue(), relation.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.applyNew");
    }
}
