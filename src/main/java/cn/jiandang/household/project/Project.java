package cn.jiandang.household.project;

import cn.jiandang.region.RegionCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** A poverty-alleviation project (扶贫项目) of a county and the households it benefits, of any category. */
@Entity
@Table(name = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String countyCode;
    private String name;

    @Column(name = "project_year")
    private int year;

    @ElementCollection
    @CollectionTable(name = "project_beneficiary", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "household_id")
    private Set<Long> beneficiaries = new HashSet<>();

    protected Project() {}

    Project(String countyCode, String name, int year) {
        this.countyCode = countyCode;
        this.name = name;
        this.year = year;
    }

    Long id() {
        return id;
    }

    Set<Long> beneficiaries() {
        return beneficiaries;
    }

    ProjectView view(int marginalBeneficiaries) {
        return new ProjectView(id, RegionCode.of(countyCode), name, year, beneficiaries.size(), marginalBeneficiaries);
    }
}
