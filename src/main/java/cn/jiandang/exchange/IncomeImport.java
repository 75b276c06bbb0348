package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.bulk.BulkIncomes;
import cn.jiandang.household.bulk.BulkPerson;
import cn.jiandang.household.bulk.BulkRegistration;
import cn.jiandang.region.RegionCode;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works a file of incomes, one row per household and year identified by its head's ID number: every amount checked as
 * the income form checks it ({@link IncomeRecord}: yuan, 2 decimals, not negative; no year still to come), the head
 * registered and heading a household of the officer's region. A year already recorded with the same amounts is
 * unchanged (a re-import writes nothing); with other amounts it is a bad row (edited on the household page, where the
 * version shows it). New years are added with one version per household ({@link BulkIncomes}); per-capita income
 * follows from the household size at 30 September (R6).
 */
@Component
class IncomeImport implements ImportHandler {

    static final String KIND = "INCOMES";
    static final List<String> FIELDS =
            List.of("headIdNumber", "year", "wages", "production", "property", "transfer", "productionCosts");
    static final List<String> HEADERS = List.of("户主身份证号", "收入年度", "工资性收入", "生产经营性收入", "财产性收入", "转移性收入", "生产经营性支出");

    private record Parsed(int line, String head, IncomeRecord income) {}

    private final BulkRegistration registry;
    private final BulkIncomes incomes;
    private final Clock clock;

    IncomeImport(BulkRegistration registry, BulkIncomes incomes, Clock clock) {
        this.registry = registry;
        this.incomes = incomes;
        this.clock = clock;
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
        List<Parsed> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FileLine l : lines) {
            Parsed p = parse(l, errors);
            if (p != null && !seen.add(p.head() + ":" + p.income().year())) {
                errors.add(new RowError(l.line(), "year", "本户该年度的收入在文件中出现两次"));
            } else if (p != null) {
                parsed.add(p);
            }
        }
        Map<String, BulkPerson> heads =
                registry.people(parsed.stream().map(Parsed::head).toList());
        Map<Long, Map<Integer, IncomeRecord>> recorded = registry.incomes(
                heads.values().stream().map(BulkPerson::householdId).toList());
        RegionCode region = RegionCode.of(job.officerRegion());
        Map<Long, List<IncomeRecord>> toAdd = new LinkedHashMap<>();
        int unchanged = 0;
        for (Parsed p : parsed) {
            BulkPerson head = heads.get(p.head());
            if (head == null || !head.heads()) {
                errors.add(new RowError(p.line(), "headIdNumber", "档案中没有以此身份证号码为户主的农户"));
                continue;
            }
            if (!region.contains(RegionCode.of(head.villageCode()))) {
                errors.add(new RowError(p.line(), "headIdNumber", "此户不在本辖区内"));
                continue;
            }
            IncomeRecord old = recorded.getOrDefault(head.householdId(), Map.of())
                    .get(p.income().year());
            if (old == null) {
                toAdd.computeIfAbsent(head.householdId(), h -> new ArrayList<>())
                        .add(p.income());
            } else if (old.equals(p.income())) {
                unchanged++;
            } else {
                errors.add(new RowError(p.line(), "year", "本户 " + p.income().year() + " 年收入已登记且金额不同：请在农户页面修改（保留版本）"));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (job.mode() == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            return new Outcome(errors, 0, 0, 0);
        }
        int added = toAdd.isEmpty() ? 0 : incomes.addNewYears(toAdd, job.importedBy());
        return new Outcome(errors, added, unchanged, 0);
    }

    private Parsed parse(FileLine l, List<RowError> errors) {
        int n = l.line();
        int before = errors.size();
        String head = l.get("headIdNumber").toUpperCase();
        IdNumber.problem(head).ifPresent(m -> errors.add(new RowError(n, "headIdNumber", "户主身份证号码：" + m)));
        Integer year = null;
        try {
            year = Integer.valueOf(l.get("year"));
            if (year > Year.now(clock).getValue()) {
                errors.add(new RowError(n, "year", "收入年度 " + year + " 尚未到来"));
            }
        } catch (NumberFormatException e) {
            errors.add(new RowError(n, "year", "收入年度应为四位年份，如 2020"));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (String field : FIELDS.subList(2, FIELDS.size())) {
            String text = l.get(field);
            try {
                amounts.add(text.isEmpty() ? null : new BigDecimal(text));
            } catch (NumberFormatException e) {
                errors.add(new RowError(n, field, "金额应为数字（元）：" + text));
                amounts.add(BigDecimal.ZERO);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return new Parsed(
                    n,
                    head,
                    new IncomeRecord(
                            year, amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3), amounts.get(4)));
        } catch (BusinessException e) {
            e.fieldErrors().forEach((field, message) -> errors.add(new RowError(n, field, message)));
            return null;
        }
    }

    static String templateCsv() {
        return String.join(",", HEADERS) + "\r\n" + "130125********1231,2020,6000,2000,0,1500,500\r\n";
    }
}
