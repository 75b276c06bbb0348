package cn.jiandang.household.naturalchange;

import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;

import java.time.YearMonth;

/**
 * A natural change to record: for a birth or someone joining, the new member's data ({@code member}); for someone
 * leaving, the member's id ({@code memberId}, as the household page and the API know it) or ID number ({@code
 * member.idNumber()}).
 */
public record NaturalChangeRequest(
        long householdId, NaturalChangeKind kind, YearMonth month, NewHousehold.NewMember member, Long memberId) {

    public NaturalChangeRequest(
            long householdId, NaturalChangeKind kind, YearMonth month, NewHousehold.NewMember member) {
        this(householdId, kind, month, member, null);
    }

    /** Someone leaves: death, marriage out, other move out. */
    public static NaturalChangeRequest leaving(
            long householdId, NaturalChangeKind kind, YearMonth month, long memberId) {
        return new NaturalChangeRequest(householdId, kind, month, null, memberId);
    }
}
