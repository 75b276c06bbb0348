package cn.jiandang.identification;

import cn.jiandang.household.Relation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code identification_applicant}: a member of an applicant household not yet registered. */
@Embeddable
class ApplicantMember {
    @Column(name = "name")
    String name;

    /** Named in JPQL ({@code a.idNumber}) by {@link IdentificationCaseRepository}. */
    @Column(name = "id_number")
    String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation")
    Relation relation;

    protected ApplicantMember() {}

    ApplicantMember(String name, String idNumber, Relation relation) {
        this.name = name;
        this.idNumber = idNumber;
        this.relation = relation;
    }

    IdentificationCaseView.Applicant view() {
        return new IdentificationCaseView.Applicant(name, idNumber, relation);
    }
}
