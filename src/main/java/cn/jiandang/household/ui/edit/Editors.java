package cn.jiandang.household.ui.edit;

import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** Who is offered the edit forms: the officers who may change base data (the services check region and role). */
final class Editors {

    private static final Set<Role> EDITORS =
            EnumSet.of(Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER, Role.CENTRE_ADMIN);

    private Editors() {}

    static boolean mayEdit(CurrentOfficer current) {
        return current.get()
                .map(o -> o.roles().stream().anyMatch(EDITORS::contains))
                .orElse(false);
    }
}
