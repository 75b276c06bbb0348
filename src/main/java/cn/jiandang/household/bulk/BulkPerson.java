package cn.jiandang.household.bulk;

import cn.jiandang.household.Relation;

/**
 * A person already in the archive (R16: one row per ID number): the household the row belongs to, its village and
 * the ID number of its current head, whether the person is its head and whether the person has left it.
 */
public record BulkPerson(
        String idNumber,
        long householdId,
        String villageCode,
        Relation relation,
        boolean departed,
        String headIdNumber) {

    /** Whether the person is the current head of a household. */
    public boolean heads() {
        return !departed && relation == Relation.HEAD;
    }
}
