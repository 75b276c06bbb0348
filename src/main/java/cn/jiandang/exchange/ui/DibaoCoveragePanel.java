package cn.jiandang.exchange.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.DibaoCoverage;
import cn.jiandang.exchange.DibaoCoverageExport;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.Quarter;
import cn.jiandang.exchange.XlsxExport;
import cn.jiandang.region.RegionCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.util.List;

/**
 * The coverage table: the counties of a region by quarter, each cell recipients / matched to members, a quarter
 * without data marked missing (never 0); exported to XLSX with the same range.
 */
public class DibaoCoveragePanel extends VerticalLayout {

    private final DibaoExchange exchange;
    private final TextField region = new TextField();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Grid<DibaoCoverage.County> grid = new Grid<>();

    DibaoCoveragePanel(DibaoExchange exchange, DibaoCoverageExport export, RegionCode own) {
        this.exchange = exchange;
        setPadding(false);
        region.setLabel(getTranslation("dibao.region"));
        region.setValue(own.value());
        region.setId("dibao-region");
        from.setLabel(getTranslation("dibao.from"));
        from.setValue(exchange.current().minus(7).toString());
        from.setId("dibao-from");
        to.setLabel(getTranslation("dibao.to"));
        to.setValue(exchange.current().toString());
        to.setId("dibao-to");
        Button show = new Button(getTranslation("dibao.show"), e -> refresh());
        show.setId("dibao-show");
        HorizontalLayout bar = new HorizontalLayout(region, from, to, show, exportLink(export));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("dibao-coverage");
        add(bar, grid);
        refresh();
    }

    /** Reads the table again for the fields' region and quarters; a wrong field says so beside it. */
    public void refresh() {
        List.of(region, from, to).forEach(f -> f.setInvalid(false));
        try {
            DibaoCoverage table = exchange.coverage(regionCode(), quarter(from, "from"), quarter(to, "to"));
            grid.removeAllColumns();
            Texts.data(grid.addColumn(DibaoCoverage.County::name)
                    .setHeader(getTranslation("dibao.county"))
                    .setFrozen(true)
                    .setAutoWidth(true));
            for (int i = 0; i < table.quarters().size(); i++) {
                int q = i;
                grid.addColumn(c -> cell(c.cells().get(q)))
                        .setHeader(table.quarters().get(i))
                        .setKey(table.quarters().get(i))
                        .setAutoWidth(true);
            }
            grid.setItems(table.counties());
        } catch (BusinessException e) {
            TextField field =
                    e.fieldErrors().containsKey("from") ? from : e.fieldErrors().containsKey("to") ? to : region;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private String cell(DibaoCoverage.Cell cell) {
        return cell.status() == DibaoCoverage.Status.MISSING
                ? getTranslation("dibao.missing")
                : getTranslation("dibao.cell", cell.recipients(), cell.matched(), cell.households());
    }

    private RegionCode regionCode() {
        String code = region.getValue().strip();
        if (!code.matches("\\d{12}")) {
            throw BusinessException.invalidField("region", getTranslation("dibao.region.invalid"));
        }
        return RegionCode.of(code);
    }

    private static Quarter quarter(TextField field, String name) {
        return Quarter.parse(name, field.getValue());
    }

    private Anchor exportLink(DibaoCoverageExport export) {
        DownloadHandler handler = event -> {
            event.setFileName("dibao-coverage-" + region.getValue().strip() + ".xlsx");
            event.setContentType(XlsxExport.CONTENT_TYPE);
            export.write(
                    regionCode(),
                    quarter(from, "from"),
                    quarter(to, "to"),
                    List.of(
                            getTranslation("dibao.export.countyCode"),
                            getTranslation("dibao.county"),
                            getTranslation("dibao.quarter"),
                            getTranslation("dibao.export.status"),
                            getTranslation("dibao.export.recipients"),
                            getTranslation("dibao.export.matched"),
                            getTranslation("dibao.export.households"),
                            getTranslation("dibao.export.amount")),
                    s -> getTranslation("dibao.export.status." + s.name()),
                    event.getOutputStream());
        };
        Anchor link = new Anchor(handler, getTranslation("dibao.export"));
        link.getElement().setAttribute("download", true);
        link.setId("dibao-export");
        return link;
    }
}
