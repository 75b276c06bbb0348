package cn.jiandang.security;

import cn.jiandang.region.RegionCode;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether the caller may read or change something of a region: the region must
 * lie in the caller's subtree. Supervisors and the centre are bound to the national code and so see all.
 */
@Service
public class RegionAccess {

    private final CurrentOfficer current;

    RegionAccess(CurrentOfficer current) {
        this.current = current;
    }

    public boolean mayRead(RegionCode target) {
        return current.get().map(o -> o.region().contains(target)).orElse(false);
    }

    public void checkRead(RegionCode target) {
        if (!mayRead(target)) {
            throw new RegionAccessDeniedException("您无权查看本辖区以外的数据（行政区划 " + target.value() + "）");
        }
    }

    /** Changing requires the region in scope and one of the given roles. */
    public Officer checkChange(RegionCode target, Role... roles) {
        Officer officer = current.require();
        if (!officer.region().contains(target)) {
            throw new RegionAccessDeniedException("您无权处理本辖区以外的数据（行政区划 " + target.value() + "）");
        }
        for (Role role : roles) {
            if (officer.has(role)) {
                return officer;
            }
        }
        throw new RegionAccessDeniedException("您的角色不能执行此操作");
    }
}
