package cn.jiandang.statistics.ui;

import cn.jiandang.statistics.ExportTable;
import cn.jiandang.statistics.StatisticsExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** "导出 Excel" beside a table: the workbook is built (and the export audited) only when the link is followed. */
final class ExportLink {

    private ExportLink() {}

    static Anchor of(Component owner, String id, StatisticsExport export, Supplier<ExportTable> table) {
        DownloadHandler handler = event -> {
            ExportTable t = table.get();
            event.setFileName(StatisticsExport.fileName("statistics", t));
            event.setContentType(StatisticsExport.CONTENT_TYPE);
            export.write(t, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, owner.getTranslation("stats.export"));
        link.getElement().setAttribute("download", true);
        link.setId(id);
        return link;
    }

    static ExportTable.Heading heading(Component c) {
        return new ExportTable.Heading(
                c.getTranslation("stats.export.region"),
                c.getTranslation("stats.export.day"),
                c.getTranslation("stats.export.by"),
                c.getTranslation("stats.export.at"));
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
