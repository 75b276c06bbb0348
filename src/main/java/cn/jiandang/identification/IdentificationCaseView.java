package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** An identification case as forms and other modules see it. {@code householdId} is null until a new household is registered. */
public record IdentificationCaseView(
        long id,
        Long householdId,
        String villageCode,
        Category kind,
        Channel channel,
        CaseStatus status,
        Set<PovertyFactor> factors,
        PovertyFactor returnCause,
        String processInstanceId,
        String startedBy,
        Instant startedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        List<Applicant> applicants,
        String contactPhone,
        boolean signedCommitment,
        String attachmentRef,
        Boolean appraisalPassed,
        String appraisalMinutes,
        String noticeText,
        Instant noticePublishedAt,
        TownshipDecision townshipDecision,
        Integer registeredPoorPopulation,
        Integer monitoredPopulation,
        Boolean deepPoverty,
        Integer limitPercent,
        ScaleStatus scaleStatus,
        String overrideReason,
        String announcementText,
        YearMonth identificationMonth,
        LocalDate incomePeriodStart,
        LocalDate incomePeriodEnd,
        String escalatedTo,
        Instant escalatedAt) {

    /** A member of a household not yet registered. */
    public record Applicant(String name, String idNumber, Relation relation) {}

    /** Head of the applicant household, or empty for a registered household. */
    public String applicantHeadName() {
        return applicants.stream()
                .filter(a -> a.relation() == Relation.HEAD)
                .map(Applicant::name)
                .findFirst()
                .orElse(applicants.isEmpty() ? "" : applicants.get(0).name());
    }
}
