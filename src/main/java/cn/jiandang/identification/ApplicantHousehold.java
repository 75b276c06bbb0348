package cn.jiandang.identification;

import cn.jiandang.household.Relation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The household an application names when it is not yet registered: its contact phone and members, and its head's
 * ID number while the case is open (a unique column keeps one open case per new household even when the same
 * application arrives many times at once, R16). Empty for the case of a registered household.
 */
@Embeddable
class ApplicantHousehold {

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "open_head_id_number")
    private String openHeadIdNumber;

    /** Named in JPQL ({@code c.applicant.members}) by {@link IdentificationCaseRepository}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identification_applicant", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<ApplicantMember> members = new ArrayList<>();

    void describe(String contactPhone, List<IdentificationApplication.ApplicantMember> applicants) {
        this.contactPhone = contactPhone;
        applicants.forEach(
                m -> members.add(new ApplicantMember(m.name(), m.idNumber().toUpperCase(), m.relation())));
        this.openHeadIdNumber = members.stream()
                .filter(a -> a.relation == Relation.HEAD)
                .map(a -> a.idNumber)
                .findFirst()
                .orElse(null);
    }

    /** The case is decided: another application for the household may start. */
    void close() {
        this.openHeadIdNumber = null;
    }

    String contactPhone() {
        return contactPhone;
    }

    List<ApplicantMember> members() {
        return members;
    }
}
