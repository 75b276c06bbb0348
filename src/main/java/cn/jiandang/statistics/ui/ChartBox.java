package cn.jiandang.statistics.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js canvas drawn by {@code scripts/charts.js} (Chart.js from its webjar, no frontend build). The numbers
 * are in a table beside every chart, so the page tells the same without the script.
 */
final class ChartBox extends Div {

    private static final String[] COLOURS = {"#b71c1c", "#e65100", "#1565c0", "#2e7d32", "#6a1b9a", "#00838f"};

    ChartBox(String id, String type, List<String> labels, Map<String, List<Long>> series) {
        setId(id);
        setWidthFull();
        setHeight("16em");
        add(new Html("<canvas aria-hidden='true'></canvas>"));
        JsonObject config = Json.createObject();
        config.put("type", type);
        JsonObject data = Json.createObject();
        data.put("labels", array(labels));
        JsonArray datasets = Json.createArray();
        int i = 0;
        for (Map.Entry<String, List<Long>> s : new LinkedHashMap<>(series).entrySet()) {
            JsonObject dataset = Json.createObject();
            dataset.put("label", s.getKey());
            JsonArray values = Json.createArray();
            s.getValue().forEach(v -> values.set(values.length(), v));
            dataset.put("data", values);
            dataset.put("borderColor", COLOURS[i % COLOURS.length]);
            dataset.put("backgroundColor", COLOURS[i % COLOURS.length]);
            datasets.set(i++, dataset);
        }
        data.put("datasets", datasets);
        config.put("data", data);
        JsonObject legend = Json.createObject();
        legend.put("display", series.size() > 1);
        JsonObject plugins = Json.createObject();
        plugins.put("legend", legend);
        JsonObject options = Json.createObject();
        options.put("plugins", plugins);
        config.put("options", options);
        getElement()
                .executeJs("window.jiandangChart && window.jiandangChart(this.querySelector('canvas'), $0)", config);
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(v -> array.set(array.length(), v));
        return array;
    }
}
