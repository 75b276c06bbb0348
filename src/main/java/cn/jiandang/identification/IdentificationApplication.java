package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;

import java.util.List;
import java.util.Set;

/**
 * An application for identification: for a registered household ({@code householdId}) or for one not yet
 * registered ({@code applicant}), which is stored with the case until the county approves.
 */
public record IdentificationApplication(
        Channel channel,
        Category kind,
        Long householdId,
        Applicant applicant,
        Set<PovertyFactor> causes,
        PovertyFactor returnCause) {

    /** A household not yet in the registry: its village, contact and members, the head first. */
    public record Applicant(String villageCode, String contactPhone, List<ApplicantMember> members) {}

    public record ApplicantMember(String name, String idNumber, Relation relation) {}
}
