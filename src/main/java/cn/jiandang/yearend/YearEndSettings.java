package cn.jiandang.yearend;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** The poverty line the round form suggests (yuan per person and year); the official confirms or changes it. */
@Component
class YearEndSettings {

    private final BigDecimal suggestedPovertyLine;

    YearEndSettings(@Value("${jiandang.yearend.poverty-line:4000.00}") BigDecimal suggestedPovertyLine) {
        if (suggestedPovertyLine.signum() <= 0) {
            throw new IllegalStateException(
                    "jiandang.yearend.poverty-line must be above 0, not " + suggestedPovertyLine);
        }
        this.suggestedPovertyLine = suggestedPovertyLine;
    }

    BigDecimal suggestedPovertyLine() {
        return suggestedPovertyLine;
    }
}
