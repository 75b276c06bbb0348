package cn.jiandang.household.naturalchange;

import cn.jiandang.household.NaturalChangeKind;

import java.time.Instant;
import java.time.YearMonth;

/** A recorded natural change; {@code originalMonth} is set when a batch correction (R7) moved the month. */
public record NaturalChangeView(
        long id,
        NaturalChangeKind kind,
        YearMonth month,
        YearMonth originalMonth,
        String memberName,
        String idNumber,
        Instant recordedAt,
        String recordedBy) {}
