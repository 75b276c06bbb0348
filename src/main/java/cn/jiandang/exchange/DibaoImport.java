package cn.jiandang.exchange;

import cn.jiandang.region.RegionCode;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Works a quarter's 低保 file (R15) in the import machinery's transaction: every row checked; all-or-nothing writes
 * nothing when a row is bad; otherwise the valid rows become the quarter's receipts of their counties (a bad row keeps
 * its person's receipt as it was) and the counties' coverage is recomputed. Rows that match no member are kept and
 * counted, and listed by line ({@link DibaoExchange#unmatched}).
 */
@Component
class DibaoImport implements ImportHandler {

    static final String KIND = "DIBAO";

    private final DibaoRows rows;
    private final DibaoStore store;
    private final Clock clock;

    DibaoImport(DibaoRows rows, DibaoStore store, Clock clock) {
        this.rows = rows;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> fields() {
        return DibaoRows.FIELDS;
    }

    @Override
    public Outcome run(ImportRequest job, List<FileLine> lines) {
        Quarter quarter = Quarter.parse("quarter", job.quarter());
        DibaoRows.Plan plan = rows.check(lines, RegionCode.of(job.officerRegion()), quarter);
        if (job.mode() == ImportMode.ALL_OR_NOTHING && !plan.errors().isEmpty()) {
            return new Outcome(plan.errors(), 0, 0, 0);
        }
        store.stage(job.id(), plan.rows());
        DibaoStore.Applied applied = store.apply(job.id(), quarter);
        store.refreshCoverage(job.id(), quarter, clock.instant());
        int valid = (int) plan.rows().stream().filter(DibaoRows.Row::valid).count();
        return new Outcome(
                plan.errors(),
                applied.removed() + applied.changed() + applied.added(),
                valid - applied.changed() - applied.added(),
                store.unmatched(job.id()));
    }

    static String templateCsv() {
        return String.join(",", DibaoRows.HEADERS) + "\r\n"
                + "130125********1231,王建国,130125000000,320.00,2020-01,2020-03,2020Q1\r\n";
    }
}
