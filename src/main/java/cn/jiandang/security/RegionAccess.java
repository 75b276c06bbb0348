package cn.jiandang.security;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.Arrays;

/**
 * The one place that decides whether the caller may read or change something of a region: the region must
 * lie in the caller's subtree. Supervisors and the centre are bound to the national code and so see all.
 * Every refusal is published as {@link AccessRefused}, so that the audit log records it.
 */
@Service
public class RegionAccess {

    /** Officers of a region's own hierarchy: they may see full personal numbers of households in their subtree. */
    private static final Role[] REGIONAL_OFFICERS = {
        Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER, Role.PROVINCE_OFFICER
    };

    private final CurrentOfficer current;
    private final ApplicationEventPublisher events;

    RegionAccess(CurrentOfficer current, ApplicationEventPublisher events) {
        this.current = current;
        this.events = events;
    }

    public boolean mayRead(RegionCode target) {
        return current.get().map(o -> o.region().contains(target)).orElse(false);
    }

    public void checkRead(RegionCode target) {
        checkRead(target, "Region", target.value());
    }

    /** As {@link #checkRead(RegionCode)}, naming the record asked for, so that the refusal's audit entry does. */
    public void checkRead(RegionCode target, String targetType, String targetId) {
        if (!mayRead(target)) {
            throw refuseOutside(targetType, targetId, target, "您无权查看本辖区以外的数据");
        }
    }

    /** Changing requires the region in scope and one of the given roles. */
    public Officer checkChange(RegionCode target, Role... roles) {
        // no login at all is refused like any other caller without rights, and audited
        Officer officer = current.get().orElseThrow(() -> refuse("Region", target.value(), target, "请先登录"));
        if (!officer.region().contains(target)) {
            throw refuseOutside("Region", target.value(), target, "您无权处理本辖区以外的数据");
        }
        for (Role role : roles) {
            if (officer.has(role)) {
                return officer;
            }
        }
        throw refuse("Region", target.value(), target, "您的角色不能执行此操作");
    }

    /**
     * For writes that the system also makes (the demo seeders, the engine's job executor): the {@link SystemActor}
     * passes, anyone else is checked as by {@link #checkChange}. A call without any login is refused: it is not the
     * system.
     */
    public void checkChangeOrSystem(RegionCode target, Role... roles) {
        if (!SystemActor.isActive()) {
            checkChange(target, roles);
        }
    }

    /** Like {@link #checkChangeOrSystem}, for reads; a call without any login is refused and audited. */
    public void checkReadOrSystem(RegionCode target) {
        if (!SystemActor.isActive()) {
            checkRead(target);
        }
    }

    /** Whether the caller may see full ID and phone numbers of the region: officers of its own hierarchy only. */
    public boolean mayReadPersonalNumbers(RegionCode target) {
        return current.get()
                .map(o -> o.region().contains(target)
                        && Arrays.stream(REGIONAL_OFFICERS).anyMatch(o::has))
                .orElse(false);
    }

    public Officer checkPersonalNumbers(RegionCode target) {
        if (!mayRead(target)) {
            throw refuseOutside("Region", target.value(), target, "您无权查看本辖区以外的数据");
        }
        if (!mayReadPersonalNumbers(target)) {
            throw refuse("Region", target.value(), target, "您无权查看该户的完整证件号码和电话号码");
        }
        return current.require();
    }

    /**
     * Records the refusal and returns the exception to throw, for checks made elsewhere (e.g. a task's groups).
     * The message names no personal data.
     */
    public RegionAccessDeniedException refuse(String targetType, String targetId, RegionCode region, String message) {
        publish(targetType, targetId, region, message);
        return new RegionAccessDeniedException(message);
    }

    /** As {@link #refuse}, for a target outside the caller's region (the API answers it like "not there"). */
    public RegionAccessDeniedException refuseOutside(
            String targetType, String targetId, RegionCode region, String message) {
        publish(targetType, targetId, region, message);
        // the national code names no record: refusing it is refusing a role (only national roles hold it)
        return new RegionAccessDeniedException(message, region == null || region.level() != RegionLevel.NATIONAL);
    }

    private void publish(String targetType, String targetId, RegionCode region, String message) {
        String username;
        try {
            username = current.get().map(Officer::username).orElse("anonymous");
        } catch (RegionAccessDeniedException e) {
            username = "anonymous";
        }
        events.publishEvent(
                new AccessRefused(username, targetType, targetId, region == null ? null : region.value(), message));
    }
}
