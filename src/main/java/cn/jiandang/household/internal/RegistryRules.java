package cn.jiandang.household.internal;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.IdNumber;
import cn.jiandang.security.Role;

import java.util.Map;
import java.util.Optional;

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
        Optional<IdNumber.Violation> violation = IdNumber.check(raw);
        if (violation.isPresent()) {
            throw new BusinessException(
                    BusinessException.Kind.INVALID,
                    violation.get().message(),
                    Map.of(field, violation.get().message()));
        }
        return IdNumber.of(raw);
    }
}
