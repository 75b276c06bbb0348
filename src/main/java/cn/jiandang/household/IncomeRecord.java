package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household's income of one year in yuan (2 decimals at most): wages (工资性收入), production and business
 * (生产经营性收入), property (财产性收入), transfer (转移性收入) and production costs (生产经营性支出).
 */
public record IncomeRecord(
        int year,
        BigDecimal wages,
        BigDecimal production,
        BigDecimal property,
        BigDecimal transfer,
        BigDecimal productionCosts) {

    /** The largest amount a {@code decimal(14, 2)} column holds, exclusive. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    public IncomeRecord {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year < 2013 || year > 2100) {
            errors.put("year", "收入年度必须在2013年以后");
        }
        wages = money("wages", "工资性收入", wages, errors);
        production = money("production", "生产经营性收入", production, errors);
        property = money("property", "财产性收入", property, errors);
        transfer = money("transfer", "转移性收入", transfer, errors);
        productionCosts = money("productionCosts", "生产经营性支出", productionCosts, errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, String.join("；", errors.values()), errors);
        }
    }

    public static IncomeRecord of(
            int year, String wages, String production, String property, String transfer, String productionCosts) {
        return new IncomeRecord(
                year,
                new BigDecimal(wages),
                new BigDecimal(production),
                new BigDecimal(property),
                new BigDecimal(transfer),
                new BigDecimal(productionCosts));
    }

    /** Net income (家庭纯收入): all incomes less production costs. */
    public BigDecimal net() {
        return wages.add(production).add(property).add(transfer).subtract(productionCosts);
    }

    private static BigDecimal money(String field, String label, BigDecimal value, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, label + "不能为空");
            return null;
        }
        if (value.signum() < 0) {
            errors.put(field, label + "不能为负数");
        }
        if (value.abs().compareTo(MONEY_LIMIT) >= 0) {
            errors.put(field, label + "超出可记录的金额（须小于一万亿元）");
            return value;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.put(field, label + "最多保留2位小数（元）: " + value.toPlainString());
            return value;
        }
        return value.setScale(2);
    }
}
