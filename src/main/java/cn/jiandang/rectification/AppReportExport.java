package cn.jiandang.rectification;

import cn.jiandang.exchange.XlsxExport;
import cn.jiandang.security.Officer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The app-reported problem list of the officer's province as XLSX, desensitised as the page shows it (R14: place names
 * hidden, ID numbers masked): read by keyset pages and streamed through {@link XlsxExport} (SXSSF), audited.
 */
@Service
public class AppReportExport {

    static final int PAGE = 500;

    private final AppReports reports;
    private final RectificationCaseRepository cases;
    private final XlsxExport xlsx;
    private final Clock clock;

    AppReportExport(AppReports reports, RectificationCaseRepository cases, XlsxExport xlsx, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.xlsx = xlsx;
        this.clock = clock;
    }

    /** Headers: number, reported on, type, description, status, deadline, overdue; returns the number of rows. */
    public int write(
            List<String> headers,
            Function<ProblemType, String> type,
            Function<RectificationStatus, String> status,
            Function<Boolean, String> overdue,
            OutputStream out) {
        Officer officer = reports.province();
        LocalDate today = LocalDate.now(clock);
        Map<String, List<String>> names = new HashMap<>();
        return xlsx.write(
                "AppReports",
                officer.region(),
                headers,
                rows -> {
                    long before = Long.MAX_VALUE;
                    List<RectificationCase> page;
                    do {
                        page = cases.appReportsBefore(
                                officer.region().lowerBound(), officer.region().upperBound(), before, Limit.of(PAGE));
                        for (RectificationCase c : page) {
                            DesensitisedReport r = reports.desensitise(c, names, today);
                            rows.add(Arrays.asList(
                                    r.id(),
                                    r.reportedAt()
                                            .atZone(ZoneId.of("Asia/Shanghai"))
                                            .toLocalDate()
                                            .toString(),
                                    type.apply(r.type()),
                                    r.description(),
                                    status.apply(r.status()),
                                    r.deadline() == null ? null : r.deadline().toString(),
                                    overdue.apply(r.overdue())));
                            before = r.id();
                        }
                    } while (page.size() == PAGE);
                },
                out);
    }
}
