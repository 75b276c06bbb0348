package cn.jiandang.identification;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.tasks.Procedures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.jiandang.identification.IdentificationVariables.NOTICE_TIMER;

/** Reads identification cases and their objections within the caller's region. */
@Service
@Transactional(readOnly = true)
public class IdentificationCases {

    private final IdentificationCaseRepository cases;
    private final ObjectionRepository objections;
    private final RegionAccess access;
    private final Procedures procedures;

    IdentificationCases(
            IdentificationCaseRepository cases,
            ObjectionRepository objections,
            RegionAccess access,
            Procedures procedures) {
        this.cases = cases;
        this.objections = objections;
        this.access = access;
        this.procedures = procedures;
    }

    public IdentificationCaseView find(long caseId) {
        IdentificationCaseView c = cases.require(caseId).view();
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }

    /** The open identification of a household, if any (for the household page). */
    public Optional<IdentificationCaseView> openCaseOf(long householdId) {
        return cases.findByOpenHouseholdId(householdId)
                .map(IdentificationCase::view)
                .filter(c -> access.mayRead(RegionCode.of(c.villageCode())));
    }

    public List<ObjectionView> objections(long caseId) {
        find(caseId);
        return objections.findByCaseIdOrderById(caseId).stream()
                .map(Objection::view)
                .toList();
    }

    /** Whether the case's public notice is running, so that objections may be raised. */
    public boolean inNotice(long caseId) {
        return inNotice(cases.require(caseId));
    }

    boolean inNotice(IdentificationCase c) {
        return c.status() == CaseStatus.OPEN && procedures.isWaitingAt(c.processInstanceId(), NOTICE_TIMER);
    }
}
