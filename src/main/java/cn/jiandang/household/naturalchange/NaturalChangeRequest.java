package cn.jiandang.household.naturalchange;

import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;

import java.time.YearMonth;

/**
 * A natural change to record: for a birth or someone joining, the new member's data ({@code member}); for someone
 * leaving, only the ID number is needed ({@code member.idNumber()}).
 */
public record NaturalChangeRequest(
        long householdId, NaturalChangeKind kind, YearMonth month, NewHousehold.NewMember member) {}
