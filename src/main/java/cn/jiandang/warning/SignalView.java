package cn.jiandang.warning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A signal of a warning: where from, whose (ID number masked when shown), when, how much, by which import. */
public record SignalView(SignalSource source, String idNumber, LocalDate date, BigDecimal amount, long importJobId) {

    /** How the form and the identification's note name it, e.g. "医疗费用（卫健/医保）2020-03-15 8000.00元". */
    public String describe() {
        return source.label() + "（" + source.department() + "）" + date
                + (amount == null ? "" : " " + amount.toPlainString() + "元");
    }
}
