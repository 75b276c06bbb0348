package cn.jiandang.quality;

import cn.jiandang.exchange.FileLine;
import cn.jiandang.exchange.ImportHandler;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.ImportRequest;
import cn.jiandang.exchange.RowError;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.bulk.BulkPerson;
import cn.jiandang.household.bulk.BulkRegistration;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem list the centre (or a province) issues as a file: one row per problem, the household by its head's ID
 * number, a rule code of the rule set (blank: QF, a problem only the file names) and the problem in words. The valid
 * rows become the open problems of a run of trigger FILE over the officer's region, so that the page lists, counts and
 * issues them as rectification like a rule run's; a problem already open (same rule and household) is unchanged, so the
 * same file twice adds nothing.
 */
@Component
public class ProblemListImport implements ImportHandler {

    static final String KIND = "PROBLEMS";
    static final String FILE = "FILE";
    static final int MAX_TEXT = 400;
    static final List<String> FIELDS = List.of("headIdNumber", "ruleCode", "problem");
    static final List<String> HEADERS = List.of("户主身份证号", "规则代码（可空）", "问题描述");

    record Row(int line, String ruleCode, BulkPerson head, String message) {}

    private final ImportJobs imports;
    private final BulkRegistration registry;
    private final ProblemWriter writer;
    private final Clock clock;

    ProblemListImport(ImportJobs imports, BulkRegistration registry, ProblemWriter writer, Clock clock) {
        this.imports = imports;
        this.registry = registry;
        this.writer = writer;
        this.clock = clock;
    }

    /** Queues the file for the background import (the centre anywhere, a province officer within the province). */
    public ImportJobView submit(String fileName, byte[] content, ImportMode mode) {
        return imports.submit(KIND, null, fileName, content, mode, Role.CENTRE_ADMIN, Role.PROVINCE_OFFICER);
    }

    public static String templateCsv() {
        return String.join(",", HEADERS) + "\r\n" + "130125********1231,Q06,联系电话与本人核实不符，请更正\r\n"
                + "130125********1231,,家庭人口与实际不符，请核实\r\n";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public Outcome run(ImportRequest job, List<FileLine> lines) {
        List<RowError> errors = new ArrayList<>();
        Map<String, BulkPerson> people = registry.people(lines.stream()
                .map(l -> l.get("headIdNumber").toUpperCase())
                .filter(id -> IdNumber.problem(id).isEmpty())
                .toList());
        RegionCode region = RegionCode.of(job.officerRegion());
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (FileLine l : lines) {
            int n = l.line();
            int before = errors.size();
            String id = l.get("headIdNumber").toUpperCase();
            IdNumber.problem(id).ifPresent(m -> errors.add(new RowError(n, "headIdNumber", "户主身份证号码：" + m)));
            BulkPerson head = people.get(id);
            if (errors.size() == before && (head == null || !head.heads())) {
                errors.add(new RowError(n, "headIdNumber", "档案中没有以此身份证号码为户主的农户"));
            } else if (head != null && !region.contains(RegionCode.of(head.villageCode()))) {
                errors.add(new RowError(n, "headIdNumber", "此户不在本辖区内"));
            }
            String code = l.get("ruleCode").isEmpty()
                    ? QualityRule.QF.code()
                    : l.get("ruleCode").toUpperCase();
            if (QualityRule.parse(code).isEmpty()) {
                errors.add(new RowError(n, "ruleCode", "规则代码应为 Q01 至 Q16，或不填（中心下发的其他问题）"));
            }
            String text = l.get("problem");
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                errors.add(new RowError(n, "problem", text.isEmpty() ? "问题描述不能为空" : "问题描述不能超过" + MAX_TEXT + "字"));
            }
            if (errors.size() == before && !seen.add(code + ":" + head.householdId())) {
                errors.add(new RowError(n, "ruleCode", "同一户的同一规则在文件中出现两次"));
            }
            if (errors.size() == before) {
                rows.add(new Row(n, code, head, Masking.text(text)));
            }
        }
        if (job.mode() == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            return new Outcome(errors, 0, 0, 0);
        }
        int opened = writer.open(region, job.importedBy(), rows, clock.instant());
        return new Outcome(errors, opened, rows.size() - opened, 0);
    }
}
