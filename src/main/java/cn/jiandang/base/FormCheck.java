package cn.jiandang.base;

import cn.jiandang.common.BusinessException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The checks of one form, shown beside the fields: required fields, lengths that fit the columns, formats, money
 * and dates are checked before the form calls its service ({@link #submit}), and nothing is submitted while a
 * field is invalid. A {@link BusinessException} with field errors from the service is shown on the fields of the
 * same names, so the server's rules appear where they belong too. One summary at the top of the form lists what to
 * fix (no pop-up covers the fields); a field is marked required only while it is.
 *
 * <pre>{@code
 * FormCheck check = new FormCheck();
 * check.field("comment", comment).maxLength(500).requiredIf(() -> !approved.getValue());
 * Button submit = new Button("提交", e -> check.submit(() -> service.decide(...)));
 * }</pre>
 */
public final class FormCheck {

    private final List<FormField<?>> fields = new ArrayList<>();
    private final FormSummary summary = new FormSummary();
    /** Whether the summary lists the fields' problems (kept current as they are fixed) or a message of the service. */
    private boolean summaryOfFields;

    /** Registers a value field under the name the service uses for it in its field errors. */
    public <V, C extends HasValue<?, V> & HasValidation> FormField<V> field(String name, C component) {
        component.setManualValidation(true);
        FormField<V> field = new FormField<>(name, component::getValue, component, component);
        component.addValueChangeListener(e -> {
            if (component.isInvalid()) {
                field.validate();
                refreshSummary();
            }
            // a choice may make another field required ("a reason when the decision is no"), or no longer
            fields.forEach(FormField::showRequired);
        });
        fields.add(field);
        return field;
    }

    /**
     * The form's summary of problems, for a form that wants it in a particular place; otherwise it goes to the top
     * of the smallest layout holding the form's fields when there is something to show.
     */
    public Component summary() {
        return summary;
    }

    /** Registers a component without a value (an upload) so that the service's errors about it show on it. */
    public FormField<Void> target(String name, HasValidation component) {
        FormField<Void> field = new FormField<>(name, () -> null, null, component);
        fields.add(field);
        return field;
    }

    /**
     * Registers an upload that must hold a file while {@code required} holds ({@code missing} tells whether it has
     * none); the service's errors about it show on it too.
     */
    public FormField<Void> upload(
            String name,
            HasValidation component,
            BooleanSupplier missing,
            BooleanSupplier required,
            String messageKey) {
        FormField<Void> field = target(name, component);
        field.rules.add(v -> required.getAsBoolean() && missing.getAsBoolean() ? translate(messageKey) : null);
        return field;
    }

    /** Checks every field and marks the invalid ones; true when all are valid. */
    public boolean validate() {
        boolean valid = true;
        for (FormField<?> field : fields) {
            valid &= field.validate();
        }
        return valid;
    }

    /**
     * Runs the action only when every field is valid; a {@link BusinessException} naming fields of this form is
     * shown on them, and any other one at the top of the form; where the form is not on screen, it goes on to the
     * session's error handler.
     */
    public void submit(Runnable action) {
        if (!validate()) {
            summarise();
            return;
        }
        summary.clear();
        try {
            action.run();
        } catch (BusinessException e) {
            if (showServerErrors(e)) {
                summarise();
            } else if (placeSummary()) {
                summaryOfFields = false;
                summary.show(e.getMessage(), List.of());
            } else {
                throw e;
            }
        }
    }

    /** The action as a click handler: {@code new Button(label, e -> check.guard(action).run())}. */
    public Runnable guard(Runnable action) {
        return () -> submit(action);
    }

    /** Shows the exception's field errors on the fields of those names; true when every one found its field. */
    public boolean showServerErrors(BusinessException e) {
        if (e.fieldErrors().isEmpty()) {
            return false;
        }
        boolean all = true;
        for (var error : e.fieldErrors().entrySet()) {
            Optional<FormField<?>> field = find(error.getKey());
            field.ifPresent(f -> f.show(error.getValue()));
            all &= field.isPresent();
        }
        return all;
    }

    private Optional<FormField<?>> find(String name) {
        Optional<FormField<?>> exact =
                fields.stream().filter(f -> f.name.equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // "household.contactPhone" for a form whose field is simply "contactPhone"
        List<FormField<?>> bySuffix =
                fields.stream().filter(f -> name.endsWith("." + f.name)).toList();
        return bySuffix.size() == 1 ? Optional.of(bySuffix.get(0)) : Optional.empty();
    }

    /** The summary of the fields' problems, at the top of the form. */
    private void summarise() {
        if (placeSummary()) {
            summaryOfFields = true;
            refreshSummary();
        }
    }

    private void refreshSummary() {
        if (!summaryOfFields) {
            return;
        }
        List<String> problems = fields.stream()
                .map(FormField::problem)
                .filter(p -> p != null)
                .distinct()
                .toList();
        if (problems.isEmpty()) {
            summary.clear();
        } else {
            summary.show(translate("validation.fix"), problems);
        }
    }

    private boolean placeSummary() {
        return summary.place(fields.stream()
                .map(f -> f.target)
                .filter(Component.class::isInstance)
                .map(Component.class::cast)
                .toList());
    }

    static String translate(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, params);
    }
}
