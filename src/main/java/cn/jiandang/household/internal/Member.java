package cn.jiandang.household.internal;

import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.household.WorkingAbility;
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
public class Member {

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
    private String contactPhone;
    private boolean departed;

    protected Member() {}

    public Member(Household household, IdNumber idNumber, String name, Relation relation) {
        this.household = household;
        this.idNumber = idNumber.value();
        this.name = name;
        this.relation = relation;
        this.sex = idNumber.isMale() ? "MALE" : "FEMALE";
        this.birthDate = idNumber.birthDate();
    }

    public void describe(NewHousehold.NewMember attributes) {
        this.ethnicity = attributes.ethnicity();
        this.education = attributes.education();
        this.health = attributes.health();
        this.workingAbility = attributes.workingAbility();
        this.migrantWork = attributes.migrantWork();
    }

    /** Base data an official keeps current (R10: a migrant worker's own phone; null when none is kept). */
    public void updateBaseData(
            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            boolean migrantWork,
            String contactPhone) {
        this.ethnicity = ethnicity;
        this.education = education;
        this.health = health;
        this.workingAbility = workingAbility;
        this.migrantWork = migrantWork;
        this.contactPhone = contactPhone;
    }

    /** The person joins another household (e.g. marries into it) after having left the former one. */
    public void joinAgain(Household other, String name, Relation relation) {
        this.household = other;
        this.name = name;
        this.relation = relation;
        this.departed = false;
    }

    public void leave() {
        this.departed = true;
    }

    public Long id() {
        return id;
    }

    public Household household() {
        return household;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public Relation relation() {
        return relation;
    }

    public String sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String ethnicity() {
        return ethnicity;
    }

    public Education education() {
        return education;
    }

    public Health health() {
        return health;
    }

    public WorkingAbility workingAbility() {
        return workingAbility;
    }

    public boolean migrantWork() {
        return migrantWork;
    }

    /** R10: the member's own phone while working away (务工联系电话), null when none is kept. */
    public String contactPhone() {
        return contactPhone;
    }

    public boolean departed() {
        return departed;
    }
}
