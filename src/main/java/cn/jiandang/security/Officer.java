package cn.jiandang.security;

import cn.jiandang.region.RegionCode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The logged-in official: name, roles and the region it is bound to. */
public record Officer(String username, String displayName, Set<Role> roles, RegionCode region) {

    public Officer {
        if (region == null) {
            throw new IllegalArgumentException("用户 " + username + " 没有绑定行政区划（region_code），不能登录");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The engine groups of this officer: one per role, scoped to its region. */
    public List<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        roles.stream().sorted().forEach(role -> groups.add(role.group(region)));
        return List.copyOf(groups);
    }
}
