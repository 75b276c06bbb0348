package cn.jiandang.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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

import static cn.jiandang.base.FormCheck.translate;

/** One field of a {@link FormCheck}: its rules, checked in order; the first one that fails gives the message. */
public final class FormField<V> {

    final String name;
    final HasValidation target;
    final List<Function<V, String>> rules = new ArrayList<>();
    private final Supplier<V> value;
    private final HasValue<?, V> input;
    private BooleanSupplier applies = () -> true;
    private BooleanSupplier required = () -> false;

    FormField(String name, Supplier<V> value, HasValue<?, V> input, HasValidation target) {
        this.name = name;
        this.value = value;
        this.input = input;
        this.target = target;
    }

    /** Must be filled in (text), chosen (selections) or ticked (a checkbox). */
    public FormField<V> required() {
        return requiredIf(() -> true);
    }

    /** Must be filled in while the condition holds (e.g. a reason when the decision is "no"). */
    public FormField<V> requiredIf(BooleanSupplier condition) {
        BooleanSupplier before = required;
        required = () -> before.getAsBoolean() || condition.getAsBoolean();
        rules.add(v -> condition.getAsBoolean() && isEmpty(v) ? requiredMessage(v) : null);
        showRequired();
        return this;
    }

    /** At most this many characters (the column's length), leading and trailing blanks not counted. */
    public FormField<V> maxLength(int max) {
        if (target instanceof TextField t) {
            t.setMaxLength(max);
        } else if (target instanceof TextArea a) {
            a.setMaxLength(max);
        }
        return rule(v -> ValueRules.tooLong(v, max));
    }

    /** A domain check that answers why a filled-in value is wrong (e.g. GB 11643 for ID numbers). */
    public FormField<V> format(Function<V, Optional<String>> problem) {
        return rule(v -> problem.apply(v).orElse(null));
    }

    /** A filled-in value must pass the test, otherwise the message of the key is shown. */
    public FormField<V> check(Predicate<V> ok, String messageKey, Object... params) {
        return rule(v -> ok.test(v) ? null : translate(messageKey, params));
    }

    /** Money in yuan: not negative, at most 2 decimals, fits {@code numeric(14, 2)}. */
    public FormField<V> money() {
        return rule(v -> ValueRules.money((BigDecimal) v));
    }

    /** A date that already happened: not after today. */
    public FormField<V> notFuture(Clock clock) {
        return rule(v -> ValueRules.future((LocalDate) v, clock));
    }

    /** A deadline or a start: not before today. */
    public FormField<V> notPast(Clock clock) {
        return rule(v -> ValueRules.past((LocalDate) v, clock));
    }

    /** A whole number within the bounds. */
    public FormField<V> between(int min, int max) {
        return rule(v -> ValueRules.outside((Number) v, min, max));
    }

    /** Checks the field only while the condition holds; hidden fields are never checked. */
    public FormField<V> when(BooleanSupplier condition) {
        this.applies = condition;
        return this;
    }

    private FormField<V> rule(Function<V, String> rule) {
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
            problem = ValueRules.controlCharacter(v);
            for (Function<V, String> rule : problem != null ? List.<Function<V, String>>of() : rules) {
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
