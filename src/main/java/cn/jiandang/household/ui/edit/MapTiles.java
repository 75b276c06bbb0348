package cn.jiandang.household.ui.edit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from ({@code jiandang.map.tile-url}, a Leaflet URL template such as
 * {@code http://tiles.example.gov.cn/{z}/{x}/{y}.png}). County offices often have no internet, so none is set by
 * default and the relocation form is a plain coordinate form; an intranet tile server turns the map on.
 */
@Component
class MapTiles {

    private volatile String url;
    private final String attribution;

    MapTiles(
            @Value("${jiandang.map.tile-url:}") String url, @Value("${jiandang.map.attribution:}") String attribution) {
        this.url = url == null ? "" : url.strip();
        this.attribution = attribution == null ? "" : attribution.strip();
    }

    boolean configured() {
        return !url.isEmpty();
    }

    String url() {
        return url;
    }

    String attribution() {
        return attribution;
    }

    /** Tests switch the map on and off in the one shared application context; returns the previous URL. */
    String use(String tileUrl) {
        String before = url;
        url = tileUrl == null ? "" : tileUrl.strip();
        return before;
    }
}
