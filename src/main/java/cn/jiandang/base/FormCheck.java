package cn.jiandang.base;

import cn.jiandang.common.BusinessException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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

    /** The largest amount a {@code numeric(14, 2)} column holds. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    private final List<Field<?>> fields = new ArrayList<>();
    private final FormSummary summary = new FormSummary();
    /** Whether the summary lists the fields' problems (kept current as they are fixed) or a message of the service. */
    private boolean summaryOfFields;

    /** Registers a value field under the name the service uses for it in its field errors. */
    public <V, C extends HasValue<?, V> & HasValidation> Field<V> field(String name, C component) {
        component.setManualValidation(true);
        Field<V> field = new Field<>(name, component::getValue, component, component);
        component.addValueChangeListener(e -> {
            if (component.isInvalid()) {
                field.validate();
                refreshSummary();
            }
            // a choice may make another field required ("a reason when the decision is no"), or no longer
            fields.forEach(Field::showRequired);
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
    public Field<Void> target(String name, HasValidation component) {
        Field<Void> field = new Field<>(name, () -> null, null, component);
        fields.add(field);
        return field;
    }

    /**
     * Registers an upload that must hold a file while {@code required} holds ({@code missing} tells whether it has
     * none); the service's errors about it show on it too.
     */
    public Field<Void> upload(
            String name,
            HasValidation component,
            BooleanSupplier missing,
            BooleanSupplier required,
            String messageKey) {
        Field<Void> field = target(name, component);
        field.rules.add(v -> required.getAsBoolean() && missing.getAsBoolean() ? translate(messageKey) : null);
        return field;
    }

    /** Checks every field and marks the invalid ones; true when all are valid. */
    public boolean validate() {
        boolean valid = true;
        for (Field<?> field : fields) {
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
            Optional<Field<?>> field = find(error.getKey());
            field.ifPresent(f -> f.show(error.getValue()));
            all &= field.isPresent();
        }
        return all;
    }

    private Optional<Field<?>> find(String name) {
        Optional<Field<?>> exact =
                fields.stream().filter(f -> f.name.equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // "household.contactPhone" for a form whose field is simply "contactPhone"
        List<Field<?>> bySuffix =
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
                .map(Field::problem)
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

    /** One field's rules, checked in order; the first one that fails gives the message. */
    public static final class Field<V> {

        private final String name;
        private final Supplier<V> value;
        private final HasValue<?, V> input;
        private final HasValidation target;
        private final List<Function<V, String>> rules = new ArrayList<>();
        private BooleanSupplier applies = () -> true;
        private BooleanSupplier required = () -> false;

        private Field(String name, Supplier<V> value, HasValue<?, V> input, HasValidation target) {
            this.name = name;
            this.value = value;
            this.input = input;
            this.target = target;
        }

        /** Must be filled in (text), chosen (selections) or ticked (a checkbox). */
        public Field<V> required() {
            return requiredIf(() -> true);
        }

        /** Must be filled in while the condition holds (e.g. a reason when the decision is "no"). */
        public Field<V> requiredIf(BooleanSupplier condition) {
            BooleanSupplier before = required;
            required = () -> before.getAsBoolean() || condition.getAsBoolean();
            rules.add(v -> condition.getAsBoolean() && isEmpty(v) ? requiredMessage(v) : null);
            showRequired();
            return this;
        }

        /** At most this many characters (the column's length), leading and trailing blanks not counted. */
        public Field<V> maxLength(int max) {
            if (target instanceof TextField t) {
                t.setMaxLength(max);
            } else if (target instanceof TextArea a) {
                a.setMaxLength(max);
            }
            return rule(v -> v instanceof String s && s.strip().length() > max
                    ? translate(
                            "validation.tooLong",
                            String.valueOf(max),
                            String.valueOf(s.strip().length()))
                    : null);
        }

        /** A domain check that answers why a filled-in value is wrong (e.g. GB 11643 for ID numbers). */
        public Field<V> format(Function<V, Optional<String>> problem) {
            return rule(v -> problem.apply(v).orElse(null));
        }

        /** A filled-in value must pass the test, otherwise the message of the key is shown. */
        public Field<V> check(Predicate<V> ok, String messageKey, Object... params) {
            return rule(v -> ok.test(v) ? null : translate(messageKey, params));
        }

        /** Money in yuan: not negative, at most 2 decimals, fits {@code numeric(14, 2)}. */
        public Field<V> money() {
            return rule(v -> {
                BigDecimal amount = (BigDecimal) v;
                if (amount.signum() < 0) {
                    return translate("validation.money.negative");
                }
                if (amount.stripTrailingZeros().scale() > 2) {
                    return translate("validation.money.decimals");
                }
                return amount.compareTo(MONEY_LIMIT) >= 0 ? translate("validation.money.tooLarge") : null;
            });
        }

        /** A date that already happened: not after today. */
        public Field<V> notFuture(Clock clock) {
            return rule(
                    v -> ((LocalDate) v).isAfter(LocalDate.now(clock)) ? translate("validation.date.future") : null);
        }

        /** A deadline or a start: not before today. */
        public Field<V> notPast(Clock clock) {
            return rule(v -> ((LocalDate) v).isBefore(LocalDate.now(clock)) ? translate("validation.date.past") : null);
        }

        /** A whole number within the bounds. */
        public Field<V> between(int min, int max) {
            return rule(v -> {
                long n = ((Number) v).longValue();
                return n < min || n > max
                        ? translate("validation.range", String.valueOf(min), String.valueOf(max))
                        : null;
            });
        }

        /** Checks the field only while the condition holds; hidden fields are never checked. */
        public Field<V> when(BooleanSupplier condition) {
            this.applies = condition;
            return this;
        }

        private Field<V> rule(Function<V, String> rule) {
            rules.add(v -> isEmpty(v) ? null : rule.apply(v));
            return this;
        }

        boolean validate() {
            if (rules.isEmpty()) {
                // only a target for the service's errors (or a second name of a field): keeps what it shows
                return true;
            }
            String problem = null;
            if (applies()) {
                V v = value.get();
                for (Function<V, String> rule : rules) {
                    problem = rule.apply(v);
                    if (problem != null) {
                        break;
                    }
                }
            }
            show(problem);
            return problem == null;
        }

        /** The required marker, only while the field is required (a reason only once the decision is "no"). */
        void showRequired() {
            if (input != null) {
                input.setRequiredIndicatorVisible(required.getAsBoolean());
            }
        }

        /** The field's current problem as the summary names it ("label: message"), null when it has none. */
        String problem() {
            if (!target.isInvalid()
                    || target.getErrorMessage() == null
                    || target.getErrorMessage().isBlank()) {
                return null;
            }
            String label = target instanceof HasLabel l ? l.getLabel() : null;
            return label == null || label.isBlank()
                    ? target.getErrorMessage()
                    : label + translate("validation.labelSeparator") + target.getErrorMessage();
        }

        private boolean applies() {
            return !(target instanceof Component c && !c.isVisible()) && applies.getAsBoolean();
        }

        void show(String problem) {
            target.setErrorMessage(problem == null ? "" : problem);
            target.setInvalid(problem != null);
        }

        // an unticked checkbox is empty; "no" in a yes/no choice is an answer
        private boolean isEmpty(Object v) {
            return v == null
                    || (v instanceof String s && s.isBlank())
                    || (v instanceof Collection<?> c && c.isEmpty())
                    || (Boolean.FALSE.equals(v) && input != null && Boolean.FALSE.equals(input.getEmptyValue()));
        }

        private String requiredMessage(Object v) {
            Object sample = v != null ? v : input == null ? null : input.getEmptyValue();
            if (sample instanceof String || target instanceof TextFieldBase<?, ?>) {
                return translate("validation.required");
            }
            return translate(sample instanceof Boolean ? "validation.tick" : "validation.choose");
        }
    }
}
