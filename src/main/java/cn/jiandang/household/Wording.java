package cn.jiandang.household;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * How the registry words what it shows people (version diffs, reports): a message of the UI's bundles by key, with
 * arguments. The household page passes its own translation (the officer's language); the REST API, whose problem
 * details and texts are Chinese, uses {@link #chinese()}.
 */
@FunctionalInterface
public interface Wording {

    String text(String key, Object... args);

    /** The message, or {@code fallback} when the bundles have no such key (Vaadin answers "!key" or the key). */
    default String textOr(String key, Supplier<String> fallback, Object... args) {
        String text = text(key, args);
        return text == null || text.isBlank() || text.contains(key) ? fallback.get() : text;
    }

    /** An enum constant's label, {@code enum.<Type>.<CONSTANT>}, else the Chinese label the code keeps. */
    default String code(Enum<?> value, Supplier<String> fallback) {
        return value == null
                ? "—"
                : textOr("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), fallback);
    }

    /** The Chinese bundle of the UI, read directly (no UI needed). */
    static Wording chinese() {
        return (key, args) -> {
            try {
                String pattern = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.SIMPLIFIED_CHINESE)
                        .getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }
}
