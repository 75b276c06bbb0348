package cn.jiandang.household.basedata;

import cn.jiandang.household.Relocation;

/**
 * A change of a household's contact (R10) and relocation (R9), as one version: a null field is left as it is;
 * {@code relocated} false clears the relocation, true with {@code relocation} records it.
 */
public record HouseholdUpdate(String contactPhone, Boolean worksAway, Boolean relocated, Relocation relocation) {

    public static HouseholdUpdate contact(String contactPhone, boolean worksAway) {
        return new HouseholdUpdate(contactPhone, worksAway, null, null);
    }

    public static HouseholdUpdate relocation(Relocation relocation) {
        return new HouseholdUpdate(null, null, relocation != null, relocation);
    }
}
