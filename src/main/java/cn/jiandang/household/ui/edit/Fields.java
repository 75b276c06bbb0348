package cn.jiandang.household.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The fields the edit forms share, labelled from the bundles, with the ids the tests find them by. */
final class Fields {

    private Fields() {}

    static TextField text(UI ui, String labelKey, String id, int maxLength) {
        TextField field = new TextField(ui.getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    static <T> Select<T> select(UI ui, String labelKey, String id, List<T> items, Function<T, String> label) {
        Select<T> select = new Select<>();
        select.setLabel(ui.getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(label::apply);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        select.setId(id);
        return select;
    }

    static BigDecimalField money(UI ui, String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(ui.getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    /** A month as YYYY-MM (the archive marks natural changes to the month, R11). */
    static TextField month(UI ui, String id) {
        TextField month = text(ui, "edit.month", id, 7);
        month.setPlaceholder("2020-10");
        return month;
    }

    /** Why a typed month is not acceptable: not YYYY-MM, or after this month. */
    static Optional<String> monthProblem(UI ui, String value, Clock clock) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.isAfter(YearMonth.now(clock))
                    ? Optional.of(ui.getTranslation("edit.month.future"))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(ui.getTranslation("edit.month.format"));
        }
    }
}
