package cn.jiandang.household.internal;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.InvalidIdNumberException;
import cn.jiandang.security.Role;

import java.util.Map;

/** Rules every part of the registry applies alike: who edits base data, and how an ID number is refused. */
public final class RegistryRules {

    private static final Role[] EDITORS = {
        Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER, Role.CENTRE_ADMIN
    };

    private RegistryRules() {}

    /** Who may change base data: officers of the region, and the centre for system corrections. */
    public static Role[] editors() {
        return EDITORS.clone();
    }

    /** Validates an ID number, naming the field and the GB 11643 rule it breaks. */
    public static IdNumber idNumber(String field, String raw) {
        try {
            // one check of the number (IdNumber's constructor makes it), not one to ask and one to construct
            return IdNumber.of(raw);
        } catch (InvalidIdNumberException e) {
            String message = e.violation().message();
            throw new BusinessException(BusinessException.Kind.INVALID, message, Map.of(field, message));
        }
    }
}
