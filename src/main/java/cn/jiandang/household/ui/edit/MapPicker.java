package cn.jiandang.household.ui.edit;

import cn.jiandang.household.basedata.ChinaBounds;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A Leaflet map (from its webjar: no frontend build) on which a click sets the "before" or "after" position of a
 * relocation (R9) in the form's coordinate fields, six decimals. The fields stay the truth: they are validated the
 * same way whether typed or picked, and a click outside China is refused there with the form's message.
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
@JavaScript("context://scripts/map.js")
class MapPicker extends VerticalLayout {

    enum Target {
        BEFORE,
        AFTER
    }

    private final RadioButtonGroup<Target> target = new RadioButtonGroup<>();
    private final Div map = new Div();
    private final BigDecimalField lonBefore;
    private final BigDecimalField latBefore;
    private final BigDecimalField lonAfter;
    private final BigDecimalField latAfter;

    MapPicker(
            MapTiles tiles,
            BigDecimalField lonBefore,
            BigDecimalField latBefore,
            BigDecimalField lonAfter,
            BigDecimalField latAfter) {
        this.lonBefore = lonBefore;
        this.latBefore = latBefore;
        this.lonAfter = lonAfter;
        this.latAfter = latAfter;
        setPadding(false);
        target.setId("relocation-map-target");
        target.setLabel(getTranslation("edit.map.target"));
        target.setItems(Target.values());
        target.setItemLabelGenerator(t -> getTranslation("edit.map.target." + t.name()));
        target.setValue(Target.BEFORE);
        map.setId("relocation-map");
        map.setWidthFull();
        map.setHeight("18em");
        add(target, map);
        // drawn once attached; without Leaflet (or tiles) the fields below still take typed coordinates
        map.getElement()
                .executeJs(
                        "window.jiandangMap && window.jiandangMap(this, $0, $1, $2, $3, $4, $5, $6)",
                        getElement(),
                        tiles.url(),
                        tiles.attribution(),
                        number(lonBefore),
                        number(latBefore),
                        number(lonAfter),
                        number(latAfter));
    }

    /** A click on the map: the chosen position's fields take it; then the other position is next. */
    @ClientCallable
    void picked(double longitude, double latitude) {
        BigDecimal lon = BigDecimal.valueOf(longitude).setScale(6, RoundingMode.HALF_UP);
        BigDecimal lat = BigDecimal.valueOf(latitude).setScale(6, RoundingMode.HALF_UP);
        Target chosen = target.getValue() == null ? Target.BEFORE : target.getValue();
        if (chosen == Target.AFTER) {
            lonAfter.setValue(lon);
            latAfter.setValue(lat);
        } else {
            lonBefore.setValue(lon);
            latBefore.setValue(lat);
            target.setValue(Target.AFTER);
        }
        map.getElement()
                .executeJs(
                        "this.jiandangMapPlace && this.jiandangMapPlace($0, $1, $2)",
                        chosen == Target.AFTER ? "after" : "before",
                        lat.doubleValue(),
                        lon.doubleValue());
        boolean inChina = ChinaBounds.longitudeWithin(lon) && ChinaBounds.latitudeWithin(lat);
        getElement().setAttribute("data-outside", !inChina);
    }

    Target target() {
        return target.getValue();
    }

    private static String number(BigDecimalField field) {
        return field.getValue() == null ? "" : field.getValue().toPlainString();
    }
}
