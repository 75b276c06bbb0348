package cn.jiandang.featureaccess;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The record of function openings (R12): requests, decisions, notices and closings, each kept in the history.
 * The function-opening procedure drives it; this module itself knows nothing of processes or tasks, so that
 * every module (the registry too) may call {@link FeatureAccess} without a dependency cycle.
 */
@Service
@Transactional
public class FeatureGrants {

    private final FeatureGrantRepository grants;
    private final FeatureGrantEventRepository events;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final Clock clock;

    FeatureGrants(
            FeatureGrantRepository grants,
            FeatureGrantEventRepository events,
            RegionAccess access,
            CurrentOfficer current,
            Clock clock) {
        this.grants = grants;
        this.events = events;
        this.access = access;
        this.current = current;
        this.clock = clock;
    }

    /** A province officer asks to open a function for its province, with reason and period. */
    public long request(Feature feature, String reason, LocalDate validFrom, LocalDate validUntil) {
        Officer officer = current.require();
        if (officer.region().level() != RegionLevel.PROVINCE) {
            throw access.refuse("Feature", feature.name(), officer.region(), "只有省级扶贫办可以申请开放功能");
        }
        access.checkChange(officer.region(), Role.PROVINCE_OFFICER);
        validate(feature, reason, validFrom, validUntil);
        String province = officer.region().value();
        grants.findByLiveKey(province + ":" + feature.name()).ifPresent(live -> {
            throw alreadyLive(live.view());
        });
        FeatureGrant grant;
        try {
            grant = grants.saveAndFlush(new FeatureGrant(
                    province, feature, reason.strip(), validFrom, validUntil, officer.username(), Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "本省已申请开放“" + feature.label() + "”功能");
        }
        record(grant, GrantEvent.REQUESTED, officer.username(), reason.strip());
        return grant.id();
    }

    /** The procedure instance that handles the request. */
    public void started(long grantId, String processInstanceId) {
        load(grantId).started(processInstanceId);
    }

    /** The centre approves or rejects; a rejection needs a reason. */
    public void decide(long grantId, boolean approved, String comment) {
        if (!approved && isBlank(comment)) {
            throw BusinessException.invalidField("comment", "不予开放时必须填写理由");
        }
        Officer officer = access.checkChange(RegionCode.NATIONAL, Role.CENTRE_ADMIN);
        load(grantId).decided(approved, officer.username(), Instant.now(clock), blankToNull(comment));
    }

    /** Called by the process once approved: the history records the opening. */
    public void opened(long grantId, String actor) {
        FeatureGrant grant = load(grantId);
        record(grant, GrantEvent.OPENED, actor, grant.view().decisionComment());
    }

    /** Called by the process once rejected. */
    public void rejected(long grantId, String actor) {
        FeatureGrant grant = load(grantId);
        record(grant, GrantEvent.REJECTED, actor, grant.view().decisionComment());
    }

    /** The province gives notice that it wants the function closed before the period ends. */
    public void requestClose(long grantId, String reason) {
        FeatureGrant grant = load(grantId);
        Officer officer = access.checkChange(RegionCode.of(grant.provinceCode()), Role.PROVINCE_OFFICER);
        if (isBlank(reason)) {
            throw BusinessException.invalidField("closeReason", "请填写关闭理由");
        }
        if (grant.status() == GrantStatus.CLOSE_REQUESTED) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT, "已通知关闭“" + grant.feature().label() + "”功能，正在等待信息中心确认");
        }
        if (grant.status() != GrantStatus.OPEN) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "“" + grant.feature().label() + "”功能当前不是开放状态（"
                            + grant.status().label() + "），无需关闭");
        }
        grant.closeRequested(reason.strip());
        record(grant, GrantEvent.CLOSE_REQUESTED, officer.username(), reason.strip());
    }

    /** The centre confirms the early close, or keeps the function open (with a reason). */
    public void confirmClose(long grantId, boolean confirmed, String comment) {
        if (!confirmed && isBlank(comment)) {
            throw BusinessException.invalidField("comment", "不同意关闭时必须填写理由");
        }
        Officer officer = access.checkChange(RegionCode.NATIONAL, Role.CENTRE_ADMIN);
        FeatureGrant grant = load(grantId);
        if (!confirmed) {
            grant.closeRefused();
            record(grant, GrantEvent.CLOSE_REFUSED, officer.username(), blankToNull(comment));
        }
    }

    /** Called by the process after the centre confirmed the province's notice. */
    public void closedEarly(long grantId, String actor) {
        FeatureGrant grant = load(grantId);
        grant.closed(GrantStatus.CLOSED, actor, Instant.now(clock));
        record(grant, GrantEvent.CLOSED, actor, grant.view().closeReason());
    }

    /** Called by the process's timer at the end of the period. */
    public void expired(long grantId) {
        FeatureGrant grant = load(grantId);
        grant.closed(GrantStatus.EXPIRED, "system", Instant.now(clock));
        record(grant, GrantEvent.EXPIRED, "system", null);
    }

    @Transactional(readOnly = true)
    public FeatureGrantView find(long grantId) {
        FeatureGrantView grant = load(grantId).view();
        access.checkRead(RegionCode.of(grant.provinceCode()));
        return grant;
    }

    /** For the procedure right after a request: no region check, the caller just created it. */
    @Transactional(readOnly = true)
    public FeatureGrantView findUnchecked(long grantId) {
        return load(grantId).view();
    }

    /** Requests of the officer's province, or of every province for the centre; newest first. */
    @Transactional(readOnly = true)
    public List<FeatureGrantView> requests() {
        Officer officer = current.require();
        List<FeatureGrant> list = officer.region().level() == RegionLevel.NATIONAL
                ? grants.findAllByOrderByIdDesc()
                : grants.findByProvinceCodeOrderByIdDesc(
                        officer.region().ancestor(RegionLevel.PROVINCE).value());
        return list.stream().map(FeatureGrant::view).toList();
    }

    /** Every opening and closing of a province, newest first. */
    @Transactional(readOnly = true)
    public List<FeatureGrantEventView> history(RegionCode province) {
        access.checkRead(province);
        return events.findByProvinceCodeOrderByIdDesc(province.value()).stream()
                .map(FeatureGrantEvent::view)
                .toList();
    }

    /** Whether the province has any request at all (the demo seeds only a province without one). */
    @Transactional(readOnly = true)
    public boolean anyFor(RegionCode province) {
        return grants.existsByProvinceCode(province.value());
    }

    /** Demo only: a request asked and approved by "system"; the caller starts and completes its procedure. */
    public long seedApproved(RegionCode province, Feature feature, String reason, LocalDate from, LocalDate until) {
        FeatureGrant grant = grants.saveAndFlush(
                new FeatureGrant(province.value(), feature, reason, from, until, "system", Instant.now(clock)));
        record(grant, GrantEvent.REQUESTED, "system", reason);
        grant.decided(true, "system", Instant.now(clock), reason);
        return grant.id();
    }

    private void validate(Feature feature, String reason, LocalDate from, LocalDate until) {
        if (feature == null) {
            throw BusinessException.invalidField("feature", "请选择要开放的功能");
        }
        if (feature.alwaysOpen()) {
            throw BusinessException.invalidField("feature", feature.label() + "功能始终开放，无需申请");
        }
        if (isBlank(reason)) {
            throw BusinessException.invalidField("reason", "请填写申请理由");
        }
        if (from == null || until == null) {
            throw BusinessException.invalidField("validUntil", "请填写开放期限（开始和结束日期）");
        }
        if (until.isBefore(from)) {
            throw BusinessException.invalidField("validUntil", "结束日期不能早于开始日期");
        }
        if (until.isBefore(LocalDate.now(clock))) {
            throw BusinessException.invalidField("validUntil", "结束日期不能早于今天");
        }
    }

    private static BusinessException alreadyLive(FeatureGrantView live) {
        String label = "“" + live.feature().label() + "”功能";
        return new BusinessException(
                BusinessException.Kind.CONFLICT,
                live.status() == GrantStatus.REQUESTED
                        ? "本省已申请开放" + label + "，正在等待信息中心审批，不能重复申请"
                        : "本省" + label + "已开放（至 " + live.validUntil() + "），不能重复申请");
    }

    private void record(FeatureGrant grant, GrantEvent event, String by, String comment) {
        events.save(new FeatureGrantEvent(grant, event, Instant.now(clock), by, comment));
    }

    private FeatureGrant load(long grantId) {
        return grants.findById(grantId).orElseThrow(() -> BusinessException.notFound("功能开放申请 " + grantId + " 不存在"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
