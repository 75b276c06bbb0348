package cn.jiandang.tasks;

import cn.jiandang.base.FormCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The usual {@link TaskFormFactory}: the forms of one procedure, one builder per user task, registered in the
 * subclass's constructor with {@link #form}. It supports exactly the registered tasks of its process, and reads the
 * task's case (with the function given to the constructor) before it builds the form.
 *
 * @param <C> the case the procedure's forms show
 */
public abstract class TaskForms<C> implements TaskFormFactory {

    /** Builds the form of a user task; the form calls {@code onCompleted} once its service completed the task. */
    @FunctionalInterface
    public interface Form<C> {
        Component create(UI ui, TaskRef task, C c, Runnable onCompleted);
    }

    private final String processDefinitionKey;
    private final Function<Long, C> caseOf;
    private final Map<String, Form<C>> forms = new HashMap<>();

    /** @param caseOf reads the case from the task's case id */
    protected TaskForms(String processDefinitionKey, Function<Long, C> caseOf) {
        this.processDefinitionKey = processDefinitionKey;
        this.caseOf = caseOf;
    }

    /** The form of the given user tasks. */
    protected final void form(Form<C> form, String... taskDefinitionKeys) {
        for (String key : taskDefinitionKeys) {
            forms.put(key, form);
        }
    }

    @Override
    public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
        return this.processDefinitionKey.equals(processDefinitionKey) && forms.containsKey(taskDefinitionKey);
    }

    @Override
    public Component create(TaskRef task, Runnable onCompleted) {
        Form<C> form = forms.get(task.taskDefinitionKey());
        if (form == null) {
            return new Paragraph(task.taskDefinitionKey());
        }
        return form.create(UI.getCurrent(), task, caseOf.apply(task.caseId()), onCompleted);
    }

    /** The form's primary button {@code task-submit}, labelled with the given key. */
    protected static Button submit(UI ui, String labelKey, Runnable onClick) {
        Button submit = new Button(ui.getTranslation(labelKey), e -> onClick.run());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("task-submit");
        return submit;
    }

    /** The "submit" button: runs the action if the form's fields pass their check. */
    protected static Button submit(UI ui, FormCheck check, Runnable action) {
        return submit(ui, "task.submit", check.guard(action));
    }

    /** The task's comment field {@code task-comment} (500 characters). */
    protected static TextArea comment(UI ui) {
        return comment(ui, "task.comment");
    }

    /** A free-text field of 500 characters with the given label, as {@code task-comment} unless its id is set. */
    protected static TextArea comment(UI ui, String labelKey) {
        TextArea comment = new TextArea(ui.getTranslation(labelKey));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.setId("task-comment");
        return comment;
    }

    /** A yes/no decision, yes by default. */
    protected static RadioButtonGroup<Boolean> yesNo(UI ui, String labelKey, String yesKey, String noKey) {
        return choice(ui, labelKey, new Boolean[] {true, false}, b -> ui.getTranslation(b ? yesKey : noKey), true);
    }

    /** A decision among the given items, {@code value} selected. */
    protected static <E> RadioButtonGroup<E> choice(
            UI ui, String labelKey, E[] items, ItemLabelGenerator<E> label, E value) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>(ui.getTranslation(labelKey));
        group.setItems(items);
        group.setItemLabelGenerator(label);
        group.setValue(value);
        return group;
    }
}
