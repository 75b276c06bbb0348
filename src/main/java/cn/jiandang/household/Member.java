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

    protected Member() {
    }

    Member(Household household, IdNumber idNumber, String name, Relation relation) {
        this.household = household;
        this.idNumber = idNumber.value();
        this.name = name;
        this.relation = relation;
        this.sex = idNumber.isMale() ? "MALE" : "FEMALE";
        this.birthDate = idNumber.birthDate();
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
}
