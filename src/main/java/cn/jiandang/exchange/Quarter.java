package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter as civil affairs delivers 低保 data (R15), written {@code 2020Q1}; sorts as its text does. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[Qq]([1-4])");

    public Quarter {
        if (year < 2000 || year > 2100 || number < 1 || number > 4) {
            throw BusinessException.invalidField("quarter", "季度应写作如 2020Q1（年份和第1至4季度）");
        }
    }

    /** Parses {@code 2020Q1}; a wrong one is the named field's error. */
    public static Quarter parse(String field, String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw BusinessException.invalidField(field, "季度应写作如 2020Q1（年份和第1至4季度）");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** The quarter {@code n} quarters before this one. */
    public Quarter minus(int n) {
        int index = year * 4 + number - 1 - n;
        return new Quarter(index / 4, index % 4 + 1);
    }

    /** From {@code from} to {@code to}, both included, oldest first. */
    public static List<Quarter> range(Quarter from, Quarter to) {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = from; q.compareTo(to) <= 0; q = q.next()) {
            all.add(q);
        }
        return all;
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 10 + number, o.year * 10 + o.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
