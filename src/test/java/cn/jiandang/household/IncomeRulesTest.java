package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R5 and R6 with the seed's own examples. */
class IncomeRulesTest {

    @Test
    void r5IdentifiedInApril2020CountsApril2019ToMarch2020() {
        IncomeRules.IncomePeriod period = IncomeRules.period(YearMonth.of(2020, 4));
        assertThat(period.from()).isEqualTo(YearMonth.of(2019, 4));
        assertThat(period.to()).isEqualTo(YearMonth.of(2020, 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void r5EveryMonthCountsTwelveMonthsEndingTheMonthBefore(int month) {
        YearMonth identified = YearMonth.of(2020, month);
        IncomeRules.IncomePeriod period = IncomeRules.period(identified);
        assertThat(period.from()).isEqualTo(YearMonth.of(2019, month));
        assertThat(period.to()).isEqualTo(identified.minusMonths(1));
        assertThat(period.from().plusMonths(11)).isEqualTo(period.to());
    }

    @Test
    void r5JanuaryEdgeIsTheWholePreviousCalendarYear() {
        IncomeRules.IncomePeriod period = IncomeRules.period(YearMonth.of(2020, 1));
        assertThat(period.from()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(period.to()).isEqualTo(YearMonth.of(2019, 12));
        assertThat(period.toString()).isEqualTo("2019-01 – 2019-12");
    }

    @Test
    void r5NeedsAnIdentificationMonth() {
        assertThatThrownBy(() -> IncomeRules.period(null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("识别月份");
    }

    @Test
    void r6PerCapitaIsNetIncomeOverTheSizeAt30September() {
        assertThat(IncomeRules.countingDate(2019)).hasToString("2019-09-30");
        assertThat(IncomeRules.perCapita(new BigDecimal("10000.00"), 3)).isEqualByComparingTo("3333.33");
        assertThat(IncomeRules.perCapita(new BigDecimal("10000.00"), 3).scale()).isEqualTo(2);
        assertThat(IncomeRules.perCapita(new BigDecimal("9000.00"), 2)).isEqualByComparingTo("4500.00");
        assertThat(IncomeRules.perCapita(new BigDecimal("9000.00"), 0)).isNull();
    }

    @Test
    void aNegativeHouseholdSizeIsRefused() {
        assertThatThrownBy(() -> IncomeRules.perCapita(BigDecimal.TEN, -1))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("家庭人口数不能为负数")
                .satisfies(
                        e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("householdSize"));
    }

    @Test
    void netIncomeIsIncomesLessProductionCostsAndMoreThanTwoDecimalsAreRefusedPerField() {
        IncomeRecord r = IncomeRecord.of(2020, "5000", "3000.5", "100", "1200.25", "800");
        assertThat(r.net()).isEqualByComparingTo("8500.75");
        assertThat(r.wages().scale()).isEqualTo(2);
        assertThatThrownBy(() -> IncomeRecord.of(2020, "5000.123", "0", "0", "-1", "0"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors())
                        .containsOnlyKeys("wages", "transfer")
                        .hasEntrySatisfying("wages", m -> assertThat(m).contains("最多保留2位小数")));
    }

    @Test
    void coordinatesOutOfRangeAreRefusedWithTheField() {
        assertThat(Coordinates.of("114.383", "38.308").latitude()).isEqualByComparingTo("38.308");
        assertThatThrownBy(() -> Coordinates.of("181", "38"))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("longitude"));
        assertThatThrownBy(() -> Coordinates.of("114", "-90.5"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("纬度");
    }
}
