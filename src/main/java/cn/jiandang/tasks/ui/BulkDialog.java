package cn.jiandang.tasks.ui;

import cn.jiandang.tasks.BulkAction;
import cn.jiandang.tasks.BulkCompletion;
import cn.jiandang.tasks.BulkResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;

/**
 * Confirms a bulk completion (how many tasks, which decision, one comment for all), then shows what happened:
 * how many were completed and, for each one that was not, which and why.
 */
class BulkDialog extends Dialog {

    /**
     * @param tasks task id to how the officer recognises the task in the list (step, village or household)
     */
    BulkDialog(BulkCompletion bulk, BulkAction action, Map<String, String> tasks, Runnable onDone) {
        setHeaderTitle(getTranslation("tasks.bulk"));
        setId("bulk-dialog");
        String label = getTranslation(action.labelKey());
        Paragraph question = new Paragraph(getTranslation("tasks.bulk.confirm", tasks.size(), label));
        question.setId("bulk-question");
        TextArea comment = new TextArea(getTranslation("task.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setId("bulk-comment");
        add(question, comment);
        Button cancel = new Button(getTranslation("cancel"), e -> close());
        Button confirm = new Button(getTranslation("tasks.bulk.run", tasks.size()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("bulk-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            BulkResult result;
            try {
                result = bulk.complete(List.copyOf(tasks.keySet()), comment.getValue());
            } catch (RuntimeException refused) {
                // e.g. tasks of two steps: nothing was done, the officer may change the selection
                confirm.setEnabled(true);
                throw refused;
            }
            showResult(result, tasks);
            getFooter().removeAll();
            Button ok = new Button(getTranslation("tasks.close"), x -> close());
            ok.setId("bulk-close");
            getFooter().add(ok);
            onDone.run();
        });
        getFooter().add(cancel, confirm);
    }

    private void showResult(BulkResult result, Map<String, String> tasks) {
        removeAll();
        Paragraph summary = new Paragraph(
                result.failures().isEmpty()
                        ? getTranslation("tasks.bulk.allDone", result.completed())
                        : getTranslation(
                                "tasks.bulk.someFailed",
                                result.completed(),
                                result.failures().size()));
        summary.setId("bulk-summary");
        add(summary);
        if (!result.failures().isEmpty()) {
            UnorderedList failures = new UnorderedList();
            failures.setId("bulk-failures");
            result.failures()
                    .forEach(f ->
                            failures.add(new ListItem(tasks.getOrDefault(f.taskId(), f.taskId()) + "：" + f.reason())));
            add(failures);
        }
    }
}
