package cn.jiandang.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one summary of a form's problems, at the top of the form: what to fix, each problem named with its field. It
 * replaces the pop-ups that covered the fields and stacked; the fields themselves show their own message. Placed
 * where the form put it ({@link FormCheck#summary()}), else at the top of the smallest layout that holds every
 * field of the form.
 */
final class FormSummary extends Div {

    static final String CLASS_NAME = "jd-form-errors";

    private final Span title = new Span();
    private final UnorderedList problems = new UnorderedList();

    FormSummary() {
        addClassName(CLASS_NAME);
        getElement().setAttribute("role", "alert");
        title.addClassName("jd-form-errors-title");
        add(title, problems);
        setVisible(false);
    }

    /** Shows the title and the problems (none: only the title); an empty title hides the summary. */
    void show(String text, List<String> lines) {
        title.setText(text == null ? "" : text);
        problems.removeAll();
        lines.forEach(line -> problems.add(new ListItem(line)));
        setVisible(text != null && !text.isBlank());
    }

    void clear() {
        show(null, List.of());
    }

    String text() {
        return title.getText();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        problems.getChildren().forEach(c -> lines.add(((ListItem) c).getText()));
        return lines;
    }

    /** Puts the summary at the top of the form of these fields, unless the form placed it; false if none is shown. */
    boolean place(List<Component> fields) {
        if (getParent().isPresent()) {
            return getUI().isPresent();
        }
        Optional<HasComponents> host =
                host(fields.stream().filter(c -> c.getUI().isPresent()).toList());
        host.ifPresent(h -> h.addComponentAsFirst(this));
        return host.isPresent();
    }

    /** The smallest layout holding all the fields, above form layouts and rows (the summary needs a whole line). */
    private static Optional<HasComponents> host(List<Component> fields) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        for (Component ancestor = fields.get(0).getParent().orElse(null);
                ancestor != null;
                ancestor = ancestor.getParent().orElse(null)) {
            if (ancestor instanceof HasComponents host
                    && !(ancestor instanceof FormLayout)
                    && !(ancestor instanceof FormLayout.FormItem)
                    && !(ancestor instanceof HorizontalLayout)
                    && holdsAll(ancestor, fields)) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    private static boolean holdsAll(Component ancestor, List<Component> fields) {
        return fields.stream().allMatch(f -> isInside(f, ancestor));
    }

    private static boolean isInside(Component field, Component ancestor) {
        for (Component c = field; c != null; c = c.getParent().orElse(null)) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }
}
