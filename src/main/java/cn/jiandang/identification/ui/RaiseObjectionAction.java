package cn.jiandang.identification.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.household.HouseholdAction;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** "登记公示异议" on the household page while its identification is on public notice. */
@Component
class RaiseObjectionAction implements HouseholdAction {

    private final IdentificationService service;
    private final CurrentOfficer current;

    RaiseObjectionAction(IdentificationService service, CurrentOfficer current) {
        this.service = service;
        this.current = current;
    }

    @Override
    public String labelKey() {
        return "identification.objection.raise";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        boolean mayRaise = current.get().map(o -> o.has(Role.VILLAGE_OFFICER) || o.has(Role.TOWNSHIP_OFFICER))
                .orElse(false);
        return mayRaise && openCase(household).filter(c -> service.inNotice(c.id())).isPresent();
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        IdentificationCaseView c = openCase(household).orElseThrow();
        Dialog dialog = new Dialog(ui.getTranslation("identification.objection.raise") + " · " + household.headName());
        TextArea content = new TextArea(ui.getTranslation("identification.objection.content"));
        content.setWidthFull();
        content.setMaxLength(1000);
        content.setId("objection-content-input");
        FormCheck check = new FormCheck();
        check.field("content", content).required().maxLength(1000);
        Button save = new Button(ui.getTranslation("task.submit"), e -> check.submit(() -> {
            service.raiseObjection(c.id(), content.getValue());
            dialog.close();
            Notification.show(ui.getTranslation("identification.objection.raised"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onDone.run();
        }));
        save.setId("objection-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph(c.noticeText() == null ? "" : c.noticeText()), content));
        dialog.getFooter().add(new Button(ui.getTranslation("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Optional<IdentificationCaseView> openCase(HouseholdDetails household) {
        return service.openCaseOf(household.id());
    }
}
