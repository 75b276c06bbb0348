package cn.jiandang.household.ui;

import cn.jiandang.household.search.HouseholdListExport;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.region.RegionCode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.util.List;
import java.util.function.Supplier;

/** The whole list of the form's query as XLSX, streamed by pages when the link is followed (audited). */
class HouseholdExportLink extends Anchor {

    HouseholdExportLink(HouseholdListExport export, Supplier<HouseholdQuery> query, Supplier<RegionCode> scope) {
        DownloadHandler handler = event -> {
            event.setFileName("households-" + scope.get().value() + ".xlsx");
            event.setContentType(HouseholdListExport.CONTENT_TYPE);
            export.write(
                    query.get(),
                    List.of(
                            getTranslation("households.col.village"),
                            getTranslation("households.col.head"),
                            getTranslation("households.col.id"),
                            getTranslation("households.col.category"),
                            getTranslation("households.col.size")),
                    Codes::label,
                    event.getOutputStream());
        };
        setHref(handler);
        setText(getTranslation("households.export"));
        getElement().setAttribute("download", true);
        setId("households-export");
    }
}
