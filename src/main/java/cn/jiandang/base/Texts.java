package cn.jiandang.base;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Labels in the officer's language, from the message bundles, for what the code names in English: enum constants
 * ({@code enum.<Type>.<CONSTANT>}), procedures ({@code process.<key>}) and their steps ({@code step.<key>.<step>}), whose
 * Chinese names in the models and enums are for documents and service messages. And the mark that tells data from
 * labels: what an officer or a household wrote or is called (names, places, comments, notices, file names) is shown as
 * it was written in every language; a view marks such components and grid columns with {@link #data}, and the English
 * walk over every view (EnglishWalkTest) accepts Chinese only there.
 */
public final class Texts {

    /** The attribute that marks a component's text (and a grid column's cells) as data rather than a label. */
    public static final String DATA = "jd-data";

    /** The attribute that marks a field's choices as data (villages, colleagues), its label staying a label. */
    public static final String DATA_CHOICES = "jd-data-choices";

    /** Brackets a parameter's place in a translated message (a private-use character no message contains). */
    private static final String MARK = "\uE000";

    private Texts() {}

    /** The constant's label, e.g. {@code enum.Category.POOR}: 贫困户 / Registered poor. */
    public static String of(Enum<?> value) {
        return value == null ? "" : translate(key(value.getDeclaringClass(), value.name()), value.name());
    }

    /** As {@link #of(Enum)}; no value at all has its own label, {@code enum.<Type>.NONE} (e.g. 一般农户). */
    public static <E extends Enum<E>> String of(Class<E> type, E value) {
        return value == null ? translate(key(type, "NONE"), "—") : of(value);
    }

    /** A procedure's name by its process key; {@code fallback} (the model's name) if the bundles have none. */
    public static String procedure(String processKey, String fallback) {
        return processKey == null ? fallback : translate("process." + processKey, fallback);
    }

    /** A step's name by its process key and user task id; {@code fallback} (the model's name) if none. */
    public static String step(String processKey, String taskKey, String fallback) {
        return processKey == null || taskKey == null
                ? fallback
                : translate("step." + processKey + "." + taskKey, fallback);
    }

    /** The message of the bundles under {@code key}; {@code fallback} if the key is null or the bundles have none. */
    public static String label(String key, String fallback) {
        return key == null ? fallback : translate(key, fallback);
    }

    /** A page's title in the officer's language: "My tasks · Jiandang". */
    public static String title(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key) + " · " + ui.getTranslation("app.name");
    }

    /**
     * A message of the bundles whose parameters are data ("Claimed by {0}" with an officer's name): the message's
     * words are labels, each parameter is marked as data.
     */
    public static Span message(String key, Object... data) {
        UI ui = UI.getCurrent();
        Object[] markers = new Object[data.length];
        for (int i = 0; i < data.length; i++) {
            markers[i] = MARK + i + MARK;
        }
        String text = ui == null ? key : ui.getTranslation(key, markers);
        Span message = new Span();
        String[] parts = text.split(MARK, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                if (!parts[i].isEmpty()) {
                    message.add(new Text(parts[i]));
                }
            } else {
                Object value = data[Integer.parseInt(parts[i])];
                message.add(data(new Span(value == null ? "" : String.valueOf(value))));
            }
        }
        return message;
    }

    /** "Label: value", the label from the bundles, the value data (a name, a place, what someone wrote). */
    public static Paragraph labelled(String labelKey, Object value) {
        UI ui = UI.getCurrent();
        String label =
                ui == null ? labelKey : ui.getTranslation(labelKey) + ui.getTranslation("validation.labelSeparator");
        return new Paragraph(new Span(label), data(new Span(value == null ? "" : String.valueOf(value))));
    }

    /** Marks the component's text as data (shown as written, in any language). */
    public static <T extends HasElement> T data(T component) {
        component.getElement().setAttribute(DATA, true);
        return component;
    }

    /** Marks a grid column's cells as data (names, places, comments). */
    public static <T> Grid.Column<T> data(Grid.Column<T> column) {
        column.getElement().setAttribute(DATA, true);
        return column;
    }

    /** Marks a selection's choices as data (names of villages or officers); its own label remains a label. */
    public static <T extends HasElement> T dataChoices(T field) {
        field.getElement().setAttribute(DATA_CHOICES, true);
        return field;
    }

    public static boolean isData(HasElement component) {
        return component.getElement().hasAttribute(DATA);
    }

    private static String key(Class<?> type, String constant) {
        return "enum." + type.getSimpleName() + "." + constant;
    }

    private static String translate(String key, String fallback) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return fallback;
        }
        String text = ui.getTranslation(key);
        // Vaadin's default provider answers a missing key with a marker that contains the key
        return text == null || text.isBlank() || text.contains(key) ? fallback : text;
    }
}
