package cn.jiandang.warning;

import cn.jiandang.exchange.FileLine;
import cn.jiandang.exchange.ImportHandler;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.ImportRequest;
import cn.jiandang.exchange.RowError;
import cn.jiandang.household.bulk.BulkPerson;
import cn.jiandang.household.bulk.BulkRegistration;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A file of other departments' signals (one row per signal: source, ID number, date, amount) worked by the import
 * machinery in one transaction: every row checked, each person matched to the household by the unique ID-number index
 * in one query (a number the archive does not know is a bad row, never guessed), rows of households outside the
 * importer's region refused. The same signal again (source, person, date) is unchanged; with another amount it is a
 * bad row. The new signals are then judged per household ({@link WarningRaiser}).
 */
@Component
public class SignalImport implements ImportHandler {

    private static final Logger log = LoggerFactory.getLogger(SignalImport.class);

    static final String KIND = "SIGNALS";

    private final ImportJobs imports;
    private final BulkRegistration registry;
    private final SignalStore store;
    private final WarningRaiser raiser;
    private final Clock clock;

    SignalImport(ImportJobs imports, BulkRegistration registry, SignalStore store, WarningRaiser raiser, Clock clock) {
        this.imports = imports;
        this.registry = registry;
        this.store = store;
        this.raiser = raiser;
        this.clock = clock;
    }

    /** Queues the file for the background import, within the officer's own region (township and above). */
    public ImportJobView submit(String fileName, byte[] content, ImportMode mode) {
        return imports.submit(
                KIND,
                null,
                fileName,
                content,
                mode,
                Role.TOWNSHIP_OFFICER,
                Role.COUNTY_OFFICER,
                Role.PROVINCE_OFFICER,
                Role.CENTRE_ADMIN);
    }

    /** The officer's own signal imports, newest first. */
    public List<ImportJobView> mine(int limit) {
        return imports.mine(KIND, limit);
    }

    /** Header and example rows; the ID numbers masked, as every template's are. */
    public static String templateCsv() {
        return String.join(",", SignalRows.HEADERS) + "\r\n" + "医疗费用,130125********1231,2020-03-15,8000.00\r\n"
                + "残疾认定,130125********0022,2020-04-01,\r\n";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> fields() {
        return SignalRows.FIELDS;
    }

    @Override
    public Outcome run(ImportRequest job, List<FileLine> lines) {
        LocalDate today = LocalDate.now(clock);
        List<RowError> errors = new ArrayList<>();
        List<SignalRows.Row> rows = new ArrayList<>();
        for (FileLine l : lines) {
            SignalRows.Row row = SignalRows.parse(l, today, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        Map<String, BulkPerson> people = registry.people(
                rows.stream().map(SignalRows.Row::idNumber).distinct().toList());
        Map<String, BigDecimal> known = store.existing(people.keySet());
        RegionCode region = RegionCode.of(job.officerRegion());
        Map<String, BigDecimal> inFile = new HashMap<>();
        List<SignalStore.NewSignal> added = new ArrayList<>();
        int unchanged = 0;
        int unmatched = 0;
        for (SignalRows.Row r : rows) {
            BulkPerson person = people.get(r.idNumber());
            if (person == null || person.departed()) {
                unmatched++;
                errors.add(new RowError(r.line(), "idNumber", "档案中没有此身份证号码的在户人员：未匹配，未导入"));
            } else if (!region.contains(RegionCode.of(person.villageCode()))) {
                errors.add(new RowError(r.line(), "idNumber", "此人所在农户不在本辖区内"));
            } else if (known.containsKey(r.key()) || inFile.containsKey(r.key())) {
                BigDecimal before = known.containsKey(r.key()) ? known.get(r.key()) : inFile.get(r.key());
                if (sameAmount(before, r.amount())) {
                    unchanged++;
                } else {
                    errors.add(new RowError(r.line(), "amount", "同一来源、同一人、同一日期的信号已导入，金额不同：请核对后更正"));
                }
            } else {
                inFile.put(r.key(), r.amount());
                added.add(new SignalStore.NewSignal(r, person.householdId(), person.villageCode()));
            }
        }
        errors.sort(Comparator.comparingInt(RowError::line));
        if (job.mode() == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            return new Outcome(errors, 0, 0, unmatched);
        }
        if (!added.isEmpty()) {
            long t0 = System.nanoTime();
            store.insert(job.id(), added, clock.instant());
            log.info(
                    "Import {}: {} rows checked, {} signals added in {} ms",
                    job.id(),
                    lines.size(),
                    added.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            raiser.afterImport(job.id());
        }
        return new Outcome(errors, added.size(), unchanged, unmatched);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
