package cn.jiandang.tasks.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentRef;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.base.Texts;
import cn.jiandang.security.OfficerDirectory;
import cn.jiandang.tasks.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.modulith.NamedInterface;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Procedure steps as a grid: who, when, the comments and the attached files. The task page shows a case's steps with
 * it, the household page (through its own section) every step on the household.
 */
@SpringComponent
@NamedInterface("ui")
public class TimelineGrid {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final OfficerDirectory officers;
    private final AttachmentService attachments;

    TimelineGrid(OfficerDirectory officers, AttachmentService attachments) {
        this.officers = officers;
        this.attachments = attachments;
    }

    /** The steps as a grid; {@code procedureColumn} false on a page about one procedure. */
    public Grid<TimelineEntry> grid(UI ui, List<TimelineEntry> entries, boolean procedureColumn) {
        Grid<TimelineEntry> grid = new Grid<>();
        if (procedureColumn) {
            grid.addColumn(e -> Texts.procedure(e.processKey(), e.procedureName()))
                    .setHeader(ui.getTranslation("tasks.col.procedure"));
        }
        grid.addColumn(e -> Texts.step(e.processKey(), e.stepKey(), e.stepName()))
                .setHeader(ui.getTranslation("tasks.col.step"));
        Map<String, String> names =
                officers.displayNames(entries.stream().map(TimelineEntry::actor).toList());
        Texts.data(grid.addColumn(e -> e.actor() == null ? "" : names.getOrDefault(e.actor(), e.actor())))
                .setTooltipGenerator(e -> e.actor() == null ? "" : e.actor())
                .setHeader(ui.getTranslation("timeline.actor"));
        grid.addColumn(e -> e.started() == null ? "" : WHEN.format(e.started()))
                .setHeader(ui.getTranslation("timeline.started"));
        grid.addColumn(e -> e.ended() == null ? ui.getTranslation("timeline.open") : WHEN.format(e.ended()))
                .setHeader(ui.getTranslation("timeline.ended"));
        Texts.data(grid.addColumn(e -> String.join("；", e.comments()))
                .setHeader(ui.getTranslation("task.comment"))
                .setFlexGrow(3));
        grid.addComponentColumn(e -> files(ui, e.attachments()))
                .setHeader(ui.getTranslation("attach.timeline.files"))
                .setKey("attachments")
                .setFlexGrow(2);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** Each file as "kind: name (size)" linking to its download. */
    private Component files(UI ui, List<AttachmentRef> refs) {
        Div box = new Div();
        for (AttachmentRef ref : refs) {
            Div line = new Div(new Span(ui.getTranslation(AttachmentKind.labelKey(ref.kind())) + "："));
            Anchor link = Texts.data(AttachmentField.link(attachments, ref));
            link.setId("timeline-attachment-" + ref.id());
            line.add(link);
            box.add(line);
        }
        return box;
    }
}
