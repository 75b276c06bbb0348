package cn.jiandang.quality.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.TabularFile;
import cn.jiandang.exchange.ui.ImportJobPanel;
import cn.jiandang.quality.ProblemListImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A problem list issued as a file (户主身份证号, rule code, problem): uploaded for the background import ({@link ImportJobPanel}:
 * its progress, status and bad rows); once done, its run is in the list of runs and its county lists are issued from
 * there.
 */
public class ProblemListUpload extends Details {

    private final ImportJobPanel panel;

    ProblemListUpload(ProblemListImport problemLists, ImportJobs imports, Runnable whenDone) {
        setSummaryText(getTranslation("quality.file.title"));
        panel = new ImportJobPanel(imports, "quality-file", f -> f, problemLists::submit)
                .modeLabels(m -> getTranslation("dibao.mode." + m.name()))
                .status(job -> getTranslation(
                        "quality.file.status",
                        job.id(),
                        Texts.of(job.status()),
                        job.rowsTotal(),
                        job.rowsWritten(),
                        job.rowsUnchanged(),
                        job.errorCount()))
                .onFinished(job -> whenDone.run());
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("quality.file.help")), template(), panel);
        box.setPadding(false);
        add(box);
    }

    /** The uploaded file, queued; a refused one says why. */
    public void received(String fileName, byte[] bytes) {
        panel.received(fileName, bytes);
    }

    public void refresh() {
        panel.refresh();
    }

    /** Whether the shown import still runs (its panel polls meanwhile). */
    boolean running() {
        return panel.running();
    }

    private Anchor template() {
        DownloadHandler handler = event -> {
            event.setFileName("problem-list-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(TabularFile.withBom(ProblemListImport.templateCsv()));
        };
        Anchor link = new Anchor(handler, getTranslation("import.template"));
        link.getElement().setAttribute("download", true);
        link.setId("quality-file-template");
        return link;
    }
}
