package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Wording;
import cn.jiandang.household.WorkingAbility;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/**
 * The registry's codes in the officer's language on the registry's pages: {@code enum.<Type>.<CONSTANT>} from the
 * bundles, else the Chinese name the code keeps. And the mark that tells data (names, places) from labels, the same
 * attribute the English walk over every view reads.
 */
public final class Codes {

    /** Marks a component's text or a grid column's cells as data: shown as written, in any language. */
    public static final String DATA = Texts.DATA;

    private Codes() {}

    /** The page's wording: its translation of a key with arguments. */
    public static Wording wording(Component c) {
        return c::getTranslation;
    }

    public static Wording wording() {
        UI ui = UI.getCurrent();
        return ui == null ? Wording.chinese() : ui::getTranslation;
    }

    public static String label(Category c) {
        return c == null
                ? wording().textOr("enum.Category.NONE", () -> Category.labelOf(null))
                : wording().code(c, c::label);
    }

    public static String label(PovertyFactor f) {
        return f == null ? "—" : wording().code(f, f::label);
    }

    public static String label(Relation r) {
        return r == null ? "—" : wording().code(r, r::label);
    }

    public static String label(NaturalChangeKind k) {
        return k == null ? "—" : wording().code(k, k::label);
    }

    public static String label(Education e) {
        return e == null ? "—" : wording().code(e, e::label);
    }

    public static String label(Health h) {
        return h == null ? "—" : wording().code(h, h::label);
    }

    public static String label(WorkingAbility a) {
        return a == null ? "—" : wording().code(a, a::label);
    }

    public static <T extends HasElement> T data(T component) {
        component.getElement().setAttribute(DATA, true);
        return component;
    }

    public static <T> Grid.Column<T> data(Grid.Column<T> column) {
        column.getElement().setAttribute(DATA, true);
        return column;
    }
}
