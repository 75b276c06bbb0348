package cn.jiandang.exchange;

import cn.jiandang.household.IdNumber;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every row of a quarter's 低保 file from civil affairs (R15): a GB 11643 ID number once in the file, a name, a
 * county within the importing officer's region, an amount in yuan, start and end months that overlap the quarter, and
 * the quarter itself when the row names it.
 */
@Component
class DibaoRows {

    static final List<String> FIELDS =
            List.of("idNumber", "name", "countyCode", "amount", "startMonth", "endMonth", "quarter");
    static final List<String> HEADERS = List.of("身份证号", "姓名", "县代码", "低保金额（元）", "起始月份", "终止月份", "季度");

    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.]?(\\d{1,2})(?:[-/.]\\d{1,2})?");
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    /** A row as staged: a bad one only keeps its ID number (when it has one) so that its receipt is not taken away. */
    record Row(
            int line,
            String idNumber,
            boolean valid,
            String name,
            String county,
            BigDecimal amount,
            LocalDate start,
            LocalDate end) {}

    record Plan(List<Row> rows, List<RowError> errors) {}

    private final RegionService regions;

    DibaoRows(RegionService regions) {
        this.regions = regions;
    }

    Plan check(List<FileLine> lines, RegionCode officerRegion, Quarter quarter) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Boolean> counties = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (FileLine l : lines) {
            int n = l.line();
            int before = errors.size();
            String id = l.get("idNumber").toUpperCase();
            IdNumber.problem(id).ifPresent(m -> errors.add(new RowError(n, "idNumber", "身份证号码：" + m)));
            if (errors.size() == before && !seen.add(id)) {
                errors.add(new RowError(n, "idNumber", "身份证号码在文件中出现两次：一人一季度只有一行"));
            }
            String name = l.get("name");
            if (name.isEmpty() || name.length() > 50) {
                errors.add(new RowError(n, "name", name.isEmpty() ? "姓名不能为空" : "姓名不能超过50字"));
            }
            String county = l.get("countyCode");
            if (!county.matches("\\d{12}")) {
                errors.add(new RowError(n, "countyCode", "县代码应为12位数字"));
            } else if (!counties.computeIfAbsent(county, c -> isCounty(c, officerRegion))) {
                errors.add(new RowError(n, "countyCode", "县代码 " + county + " 不是本辖区内的县"));
            }
            BigDecimal amount = amount(n, l.get("amount"), errors);
            YearMonth start = month(n, "startMonth", l.get("startMonth"), errors);
            YearMonth end = month(n, "endMonth", l.get("endMonth"), errors);
            if (start != null && end != null) {
                if (end.isBefore(start)) {
                    errors.add(new RowError(n, "endMonth", "终止月份不能早于起始月份"));
                } else if (end.isBefore(quarter.firstMonth()) || start.isAfter(quarter.lastMonth())) {
                    errors.add(new RowError(n, "startMonth", "享受低保的月份与 " + quarter + " 季度没有重叠"));
                }
            }
            String q = l.get("quarter");
            if (!q.isEmpty() && !q.replace(" ", "").equalsIgnoreCase(quarter.toString())) {
                errors.add(new RowError(n, "quarter", "季度应为 " + quarter + "（与上传时选择的季度一致）"));
            }
            boolean valid = errors.size() == before;
            if (valid) {
                rows.add(new Row(n, id, true, name, county, amount, start.atDay(1), end.atEndOfMonth()));
            } else if (id.length() == 18) {
                rows.add(new Row(n, id, false, null, null, null, null, null));
            }
        }
        return new Plan(rows, errors);
    }

    private static BigDecimal amount(int n, String text, List<RowError> errors) {
        try {
            BigDecimal a = new BigDecimal(text);
            if (a.signum() < 0
                    || a.compareTo(MONEY_LIMIT) >= 0
                    || a.stripTrailingZeros().scale() > 2) {
                errors.add(new RowError(n, "amount", "低保金额应为不小于0的金额（元，最多2位小数）"));
                return null;
            }
            return a.setScale(2);
        } catch (NumberFormatException e) {
            errors.add(new RowError(n, "amount", text.isEmpty() ? "低保金额不能为空" : "低保金额应为数字（元）"));
            return null;
        }
    }

    private static YearMonth month(int n, String field, String text, List<RowError> errors) {
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12 && year >= 2000 && year <= 2100) {
                return YearMonth.of(year, month);
            }
        }
        String label = field.equals("startMonth") ? "起始月份" : "终止月份";
        errors.add(new RowError(n, field, text.isEmpty() ? label + "不能为空" : label + "应写作如 2020-01"));
        return null;
    }

    private boolean isCounty(String code, RegionCode officerRegion) {
        RegionCode county = RegionCode.of(code);
        return officerRegion.contains(county)
                && regions.find(county)
                        .map(c -> c.level() == RegionLevel.COUNTY)
                        .orElse(false);
    }
}
