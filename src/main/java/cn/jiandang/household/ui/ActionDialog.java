package cn.jiandang.household.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.household.HouseholdDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The dialog of a {@link HouseholdAction}: titled "action · head of household", the action's fields, cancel and
 * submit in the footer. Submit runs the action once the form's check passes, then closes the dialog, shows the
 * success message and calls {@code onDone}.
 */
public final class ActionDialog extends Dialog {

    private final UI ui;

    public ActionDialog(UI ui, String titleKey, HouseholdDetails household) {
        super(ui.getTranslation(titleKey) + " · " + household.headName());
        this.ui = ui;
    }

    /**
     * Adds the fields (in a vertical layout) and the footer, and opens the dialog.
     *
     * @param submitId   the id of the submit button
     * @param doneKey    message key of the notification shown once the action ran
     */
    public void open(
            FormCheck check, String submitId, String doneKey, Runnable action, Runnable onDone, Component... fields) {
        Button submit = new Button(
                ui.getTranslation("task.submit"),
                e -> check.submit(() -> {
                    action.run();
                    close();
                    Notification.show(ui.getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    onDone.run();
                }));
        submit.setId(submitId);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(fields));
        getFooter().add(new Button(ui.getTranslation("cancel"), e -> close()), submit);
        open();
    }
}
