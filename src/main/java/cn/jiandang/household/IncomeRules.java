package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/** The seed's income rules as code: R5 (income period) and R6 (per-capita net income). */
public final class IncomeRules {

    private IncomeRules() {}

    /** R5: from the identification month of the previous year to the month before the identification month. */
    public static IncomePeriod period(YearMonth identificationMonth) {
        if (identificationMonth == null) {
            throw BusinessException.invalidField("identificationMonth", "没有识别月份，无法确定收入计算周期");
        }
        return new IncomePeriod(identificationMonth.minusYears(1), identificationMonth.minusMonths(1));
    }

    /** R6: household size is counted at 30 September of the income year. */
    public static LocalDate countingDate(int year) {
        return LocalDate.of(year, 9, 30);
    }

    /** R6: per-capita net income = net income / household size at 30 September, in yuan, 2 decimals (half up). */
    public static BigDecimal perCapita(BigDecimal netIncome, long householdSize) {
        if (householdSize < 0) {
            throw BusinessException.invalidField("householdSize", "家庭人口数不能为负数: " + householdSize);
        }
        if (householdSize == 0) {
            return null;
        }
        return netIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
    }

    /** The months over which income is counted, both ends included. */
    public record IncomePeriod(YearMonth from, YearMonth to) {

        @Override
        public String toString() {
            return from + " – " + to;
        }
    }
}
