package cn.jiandang.tasks.ui;

import cn.jiandang.tasks.BulkAction;
import cn.jiandang.tasks.BulkCompletion;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.TaskTotal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How many tasks the list holds, and the bulk decision of the selected ones: offered only when every selected task
 * is of one step that has one.
 */
class BulkBar extends HorizontalLayout {

    private final Span counter = new Span();
    private final Button bulkButton = new Button();
    private final BulkCompletion bulk;
    private final Supplier<Set<TaskRow>> selection;
    private final Runnable onDone;

    BulkBar(BulkCompletion bulk, Supplier<Set<TaskRow>> selection, Runnable onDone) {
        this.bulk = bulk;
        this.selection = selection;
        this.onDone = onDone;
        counter.setId("task-count");
        bulkButton.setId("tasks-bulk");
        bulkButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        bulkButton.addClickListener(e -> openBulk());
        add(counter, bulkButton);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    void showTotal(TaskTotal total) {
        counter.setText(
                total.count() == 0
                        ? getTranslation("tasks.empty")
                        : getTranslation("tasks.count", ScopeTabs.shown(total)));
    }

    void update() {
        Set<TaskRow> selected = selection.get();
        Optional<BulkAction> action = bulkAction(selected);
        bulkButton.setVisible(!selected.isEmpty());
        bulkButton.setEnabled(action.isPresent());
        bulkButton.setText(
                action.map(a -> getTranslation("tasks.bulk.button", selected.size(), getTranslation(a.labelKey())))
                        .orElse(getTranslation("tasks.bulk.unavailable")));
    }

    private Optional<BulkAction> bulkAction(Set<TaskRow> selected) {
        if (selected.stream().anyMatch(r -> !r.mayAct())) {
            return Optional.empty();
        }
        List<String> steps = selected.stream()
                .map(r -> r.task().processDefinitionKey() + "/" + r.task().taskDefinitionKey())
                .distinct()
                .toList();
        if (steps.size() != 1) {
            return Optional.empty();
        }
        TaskRow any = selected.iterator().next();
        return bulk.actionFor(any.task().processDefinitionKey(), any.task().taskDefinitionKey());
    }

    private void openBulk() {
        Set<TaskRow> selected = selection.get();
        bulkAction(selected).ifPresent(action -> {
            Map<String, String> described = new LinkedHashMap<>();
            selected.stream()
                    .sorted(Comparator.comparing(
                            (TaskRow r) -> r.task().created(), Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(r -> described.put(r.task().id(), describe(r)));
            new BulkDialog(bulk, action, described, onDone).open();
        });
    }

    /** How the officer recognises a task in the list: its step and household, or its case. */
    private String describe(TaskRow r) {
        String what = !r.headName().isEmpty()
                ? r.headName() + (r.villageName().isEmpty() ? "" : "（" + r.villageName() + "）")
                : !r.subject().isEmpty()
                        ? r.subject()
                        : getTranslation("tasks.case", r.task().caseId());
        return TaskRowLabels.step(r) + " · " + what;
    }
}
