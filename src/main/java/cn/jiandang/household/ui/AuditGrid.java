package cn.jiandang.household.ui;

import cn.jiandang.audit.AuditEntryView;
import cn.jiandang.base.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The household's audit entries (操作记录), newest first; values are text, never markup. */
final class AuditGrid {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private AuditGrid() {}

    /** {@code names}: display names of the actors (username → name); the audit shows both, name first. */
    static Grid<AuditEntryView> of(
            List<AuditEntryView> entries, Function<String, String> t, Map<String, String> names) {
        Grid<AuditEntryView> grid = new Grid<>();
        grid.addColumn(e -> WHEN.format(e.occurredAt()))
                .setHeader(t.apply("audit.col.when"))
                .setAutoWidth(true);
        Texts.data(grid.addColumn(e -> names.containsKey(e.actor())
                        ? names.get(e.actor()) + "（" + e.actor() + "）"
                        : Labels.actor(t, names, e.actor()))
                .setHeader(t.apply("audit.col.actor"))
                .setAutoWidth(true));
        grid.addColumn(e -> t.apply("audit.action." + e.action()))
                .setHeader(t.apply("audit.col.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> Labels.entity(t, e.entityType()) + " " + (e.entityId() == null ? "" : e.entityId()))
                .setHeader(t.apply("audit.col.entity"))
                .setAutoWidth(true);
        // what changed, as the log recorded it (values, and the services' own words): data
        Texts.data(grid.addColumn(e -> e.detail() != null
                        ? e.detail()
                        : (e.before() == null ? "" : e.before() + " → ") + (e.after() == null ? "" : e.after()))
                .setHeader(t.apply("audit.col.change"))
                .setFlexGrow(1));
        grid.addColumn(e -> e.taskId() == null ? "" : e.taskId()).setHeader(t.apply("audit.col.task"));
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("audit-entries");
        return grid;
    }
}
