package cn.jiandang.tasks.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributools.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * A grid cell drawn by a {@link LitRenderer}, as the browser would show it and as a click in it would act: Karibu
 * renders the template with the row's properties but neither hides {@code ?hidden=true} elements nor calls the
 * template's functions.
 */
final class LitCells {

    private LitCells() {}

    /** The cell's HTML without the elements its row hides. */
    static Document shown(Grid<?> grid, int row, String columnKey) {
        Document cell = Jsoup.parse(rendered(grid, row, columnKey));
        cell.getAllElements().stream()
                .filter(e -> "true".equals(e.attr("?hidden")))
                .toList()
                .forEach(Element::remove);
        return cell;
    }

    /** The cell's visible text. */
    static String text(Grid<?> grid, int row, String columnKey) {
        return shown(grid, row, columnKey).text();
    }

    /** What a click on the element calling {@code function} does (the browser calls the server with the row). */
    @SuppressWarnings("unchecked")
    static <T> void call(Grid<T> grid, int row, String columnKey, String function) {
        LitRenderer<T> renderer = lit(grid, columnKey);
        try {
            Field callables = LitRenderer.class.getDeclaredField("clientCallables");
            callables.setAccessible(true);
            SerializableBiConsumer<T, JsonArray> handler =
                    ((Map<String, SerializableBiConsumer<T, JsonArray>>) callables.get(renderer)).get(function);
            if (handler == null) {
                throw new AssertionError("no function " + function + " in the template of " + columnKey);
            }
            handler.accept(GridKt._get(grid, row), Json.createArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> String rendered(Grid<T> grid, int row, String columnKey) {
        LitRenderer<T> renderer = lit(grid, columnKey);
        return com.github.mvysny.kaributesting.v10.RenderersKt.renderLitTemplate(
                RenderersKt.getTemplate(renderer), renderer.getValueProviders(), GridKt._get(grid, row));
    }

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> lit(Grid<T> grid, String columnKey) {
        return (LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
    }
}
