package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.security.Colleague;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.List;

/** Hands a task to a colleague of its candidate group (same role, same region), from the list or the task page. */
class HandOverDialog extends Dialog {

    HandOverDialog(WorkTasks work, String taskId, String taskName, Runnable onHandedOver) {
        setHeaderTitle(getTranslation("tasks.handOver.title", taskName));
        setId("handover-dialog");
        List<Colleague> colleagues = work.colleagues(taskId);
        ComboBox<Colleague> colleague = new ComboBox<>(getTranslation("tasks.handOver.colleague"));
        colleague.setItems(colleagues);
        colleague.setItemLabelGenerator(Colleague::label);
        colleague.setWidthFull();
        colleague.setId("handover-colleague");
        // colleagues' names are data
        Texts.dataChoices(colleague);
        Button confirm = new Button(getTranslation("tasks.handOver"), e -> {
            work.handOver(
                    taskId,
                    colleague.getValue() == null ? null : colleague.getValue().username());
            close();
            Notification.show(
                            getTranslation(
                                    "tasks.handOver.done", colleague.getValue().label()),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onHandedOver.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("handover-confirm");
        confirm.setEnabled(false);
        colleague.addValueChangeListener(e -> confirm.setEnabled(e.getValue() != null));
        if (colleagues.isEmpty()) {
            add(new Paragraph(getTranslation("tasks.handOver.none")));
        } else {
            add(new Paragraph(getTranslation("tasks.handOver.help")), colleague);
        }
        Button cancel = new Button(getTranslation("cancel"), e -> close());
        cancel.setId("handover-cancel");
        getFooter().add(cancel, confirm);
    }
}
