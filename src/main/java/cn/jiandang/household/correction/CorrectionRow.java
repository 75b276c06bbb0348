package cn.jiandang.household.correction;

import java.time.YearMonth;

/**
 * One line of an R7 report: a household's identification month moved ({@code IDENTIFICATION_MONTH}), a natural
 * change's month moved ({@code NATURAL_CHANGE}, with the member), or a birth of October–December 2019 kept as it was
 * ({@code BIRTH_KEPT}). ID numbers masked.
 */
public record CorrectionRow(
        String kind,
        long householdId,
        String villageCode,
        String headName,
        String memberName,
        String idNumberMasked,
        YearMonth from,
        YearMonth to) {

    public static final String IDENTIFICATION_MONTH = "IDENTIFICATION_MONTH";
    public static final String NATURAL_CHANGE = "NATURAL_CHANGE";
    public static final String BIRTH_KEPT = "BIRTH_KEPT";
}
