package cn.jiandang.warning;

import cn.jiandang.exchange.FileLine;
import cn.jiandang.exchange.RowError;
import cn.jiandang.household.IdNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the cells of a signal file, each checked alone: the source (code or Chinese name), a GB 11643 ID number, a
 * date not yet to come, and the amount in yuan where the source needs one. Matching to the archive comes after.
 */
final class SignalRows {

    static final List<String> FIELDS = List.of("source", "idNumber", "date", "amount");
    static final List<String> HEADERS = List.of("来源", "身份证号", "日期", "金额（元）");
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    /** A well-formed row: its line, source, person, date and amount (null where none). */
    record Row(int line, SignalSource source, String idNumber, LocalDate date, BigDecimal amount) {

        /** The same signal whatever the line: the re-import key. */
        String key() {
            return source + ":" + idNumber + ":" + date;
        }
    }

    private SignalRows() {}

    /** The row, or null with its errors added. */
    static Row parse(FileLine l, LocalDate today, List<RowError> errors) {
        int n = l.line();
        int before = errors.size();
        SignalSource source = SignalSource.parse(l.get("source")).orElse(null);
        if (source == null) {
            errors.add(new RowError(n, "source", "来源应为 医疗费用、灾害损失、残疾认定、失业登记 或 低保取消"));
        }
        String id = l.get("idNumber").toUpperCase();
        IdNumber.problem(id).ifPresent(m -> errors.add(new RowError(n, "idNumber", "身份证号码：" + m)));
        LocalDate date = date(n, l.get("date"), today, errors);
        BigDecimal amount = amount(n, l.get("amount"), source, errors);
        return errors.size() == before ? new Row(n, source, id, date, amount) : null;
    }

    private static LocalDate date(int n, String text, LocalDate today, List<RowError> errors) {
        if (text.isEmpty()) {
            errors.add(new RowError(n, "date", "日期不能为空"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.replace('/', '-').replace('.', '-'));
            if (date.isAfter(today)) {
                errors.add(new RowError(n, "date", "日期 " + date + " 尚未到来"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new RowError(n, "date", "日期应写作如 2020-03-15"));
            return null;
        }
    }

    private static BigDecimal amount(int n, String text, SignalSource source, List<RowError> errors) {
        if (text.isEmpty()) {
            if (source != null && source.amountRequired()) {
                errors.add(new RowError(n, "amount", source.label() + "须填写金额（元）"));
            }
            return null;
        }
        try {
            BigDecimal a = new BigDecimal(text);
            if (a.signum() < 0
                    || a.compareTo(MONEY_LIMIT) >= 0
                    || a.stripTrailingZeros().scale() > 2) {
                errors.add(new RowError(n, "amount", "金额应为不小于0的金额（元，最多2位小数）"));
                return null;
            }
            return a.setScale(2);
        } catch (NumberFormatException e) {
            errors.add(new RowError(n, "amount", "金额应为数字（元）"));
            return null;
        }
    }
}
