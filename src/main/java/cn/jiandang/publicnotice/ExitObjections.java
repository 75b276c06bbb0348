package cn.jiandang.publicnotice;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.villageexit.VillageExitSteps;
import cn.jiandang.yearend.YearEndSteps;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Online objections to exit notices, for the township: a visitor's objection to a year-end exit list's household or
 * to a village's exit waits here ({@link ExitObjection.Status#PENDING}) instead of sending the case back by itself.
 * The township registers it as the case's objection through the same step as an officer's
 * ({@link YearEndSteps#raiseObjection}, {@link VillageExitSteps#raiseObjection}: the list goes back to the village's
 * appraisal, the village's exit to the county's review), or dismisses it with a reason. Either decision is the
 * officer's, audited with the row's change.
 */
@Service
@Transactional(readOnly = true)
public class ExitObjections {

    /** At most this many pending objections are listed at once, oldest first. */
    static final int PAGE = 200;

    private final ExitObjectionRepository objections;
    private final CurrentOfficer current;
    private final RegionAccess access;
    private final YearEndSteps yearEnd;
    private final VillageExitSteps villageExit;
    private final Clock clock;

    ExitObjections(
            ExitObjectionRepository objections,
            CurrentOfficer current,
            RegionAccess access,
            YearEndSteps yearEnd,
            VillageExitSteps villageExit,
            Clock clock) {
        this.objections = objections;
        this.current = current;
        this.access = access;
        this.yearEnd = yearEnd;
        this.villageExit = villageExit;
        this.clock = clock;
    }

    /** The pending objections of the caller's region, oldest first (at most {@value #PAGE}). */
    public List<ExitObjectionView> pending() {
        RegionCode region = current.require().region();
        return objections.pending(region.lowerBound(), region.upperBound(), PageRequest.of(0, PAGE)).stream()
                .map(ExitObjection::view)
                .toList();
    }

    /**
     * Registers the objection as the case's, marked as coming from the board with the raiser's name and masked phone.
     * Refused (and left pending) when the notice period is over or the case moved on: then it can be dismissed.
     */
    @Transactional
    public void register(long id) {
        ExitObjection o = pendingOne(id);
        Officer officer = access.checkChange(RegionCode.of(o.villageCode()), Role.TOWNSHIP_OFFICER);
        String text = "【网上公示栏异议】提出人：" + o.raiserName() + "，电话：" + Masking.phone(o.raiserPhone()) + "。" + o.content();
        switch (o.source()) {
            case YEAR_END_EXIT -> yearEnd.raiseObjection(o.caseId(), o.subjectId(), text);
            case VILLAGE_EXIT -> villageExit.raiseObjection(o.caseId(), text);
            default -> throw new IllegalStateException("not an exit notice: " + o.source());
        }
        o.decide(ExitObjection.Status.REGISTERED, officer.username(), Instant.now(clock), null);
    }

    /** Dismisses the objection; the reason is required and kept. */
    @Transactional
    public void dismiss(long id, String reason) {
        ExitObjection o = pendingOne(id);
        Officer officer = access.checkChange(RegionCode.of(o.villageCode()), Role.TOWNSHIP_OFFICER);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalidField("reason", "请填写不予受理的理由");
        }
        if (reason.strip().length() > 500) {
            throw BusinessException.invalidField("reason", "理由最多500个字");
        }
        o.decide(ExitObjection.Status.DISMISSED, officer.username(), Instant.now(clock), reason.strip());
    }

    /** Stores an objection from the board, already checked by {@link OnlineObjections}; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    long store(PublicNotice notice, String name, String phone, String content) {
        return objections
                .save(new ExitObjection(notice, name, phone, content, Instant.now(clock)))
                .id();
    }

    private ExitObjection pendingOne(long id) {
        ExitObjection o =
                objections.findForDecision(id).orElseThrow(() -> BusinessException.notFound("异议 " + id + " 不存在"));
        if (o.status() != ExitObjection.Status.PENDING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该异议已处理，请刷新列表");
        }
        return o;
    }
}
