package cn.jiandang.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A person of the archive: one row per ID number (R16, unique in the database). The row belongs to the household
 * the person is in now, or was in last when {@code departed}; periods of membership are in {@link Membership}.
 */
@Entity
@Table(name = "member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    private String name;
    private String idNumber;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    private String sex;
    private LocalDate birthDate;
    private String ethnicity;

    @Enumerated(EnumType.STRING)
    private Education education;

    @Enumerated(EnumType.STRING)
    private Health health;

    @Enumerated(EnumType.STRING)
    private WorkingAbility workingAbility;

    private boolean migrantWork;
    private boolean departed;

    protected Member() {}

    Member(Household household, IdNumber idNumber, String name, Relation relation) {
        this.household = household;
        this.idNumber = idNumber.value();
        this.name = name;
        this.relation = relation;
        this.sex = idNumber.isMale() ? "MALE" : "FEMALE";
        this.birthDate = idNumber.birthDate();
    }

    void describe(NewHousehold.NewMember attributes) {
        this.ethnicity = attributes.ethnicity();
        this.education = attributes.education();
        this.health = attributes.health();
        this.workingAbility = attributes.workingAbility();
        this.migrantWork = attributes.migrantWork();
    }

    /** The person joins another household (e.g. marries into it) after having left the former one. */
    void joinAgain(Household other, String name, Relation relation) {
        this.household = other;
        this.name = name;
        this.relation = relation;
        this.departed = false;
    }

    void leave() {
        this.departed = true;
    }

    Long id() {
        return id;
    }

    Household household() {
        return household;
    }

    String name() {
        return name;
    }

    String idNumber() {
        return idNumber;
    }

    Relation relation() {
        return relation;
    }

    String sex() {
        return sex;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String ethnicity() {
        return ethnicity;
    }

    Education education() {
        return education;
    }

    Health health() {
        return health;
    }

    WorkingAbility workingAbility() {
        return workingAbility;
    }

    boolean migrantWork() {
        return migrantWork;
    }

    boolean departed() {
        return departed;
    }
}
