package cn.jiandang.exchange;

import cn.jiandang.region.RegionCode;
import org.springframework.stereotype.Service;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The coverage table as XLSX, one row per county and quarter (streamed by {@link XlsxExport}, audited): a missing
 * quarter says so in its status column and leaves the counts empty.
 */
@Service
public class DibaoCoverageExport {

    private final DibaoExchange exchange;
    private final XlsxExport xlsx;

    DibaoCoverageExport(DibaoExchange exchange, XlsxExport xlsx) {
        this.exchange = exchange;
        this.xlsx = xlsx;
    }

    /** Headers: county code, county, quarter, status, recipients, matched, households, amount. */
    public int write(
            RegionCode region,
            Quarter from,
            Quarter to,
            List<String> headers,
            Function<DibaoCoverage.Status, String> status,
            OutputStream out) {
        DibaoCoverage table = exchange.coverage(region, from, to);
        return xlsx.write(
                "DibaoCoverage",
                RegionCode.of(table.region()),
                headers,
                rows -> table.counties()
                        .forEach(c -> c.cells().forEach(cell -> {
                            List<Object> row = new ArrayList<>(
                                    Arrays.asList(c.code(), c.name(), cell.quarter(), status.apply(cell.status())));
                            row.addAll(
                                    Arrays.asList(cell.recipients(), cell.matched(), cell.households(), cell.amount()));
                            rows.add(row);
                        })),
                out);
    }
}
