package cn.jiandang.household;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "household")
class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String villageCode;
    @Enumerated(EnumType.STRING)
    private Category category;
    private LocalDate identificationMonth;
    private String contactPhone;
    private boolean worksAway;
    private boolean riskEliminated;
    @Version
    private int version;
    private Instant createdAt;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Member> members = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<CategoryChange> categoryHistory = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "household_factor", joinColumns = @JoinColumn(name = "household_id"))
    private Set<Factor> factors = new HashSet<>();

    protected Household() {
    }

    Household(String villageCode, String contactPhone, boolean worksAway, Instant createdAt) {
        this.villageCode = villageCode;
        this.contactPhone = contactPhone;
        this.worksAway = worksAway;
        this.createdAt = createdAt;
    }

    Member addMember(IdNumber idNumber, String name, Relation relation) {
        Member member = new Member(this, idNumber, name, relation);
        members.add(member);
        return member;
    }

    void changeCategory(Category to, YearMonth identificationMonth, CategoryChange change) {
        this.category = to;
        if (identificationMonth != null) {
            this.identificationMonth = identificationMonth.atDay(1);
        }
        categoryHistory.add(change);
    }

    void replaceFactors(FactorKind kind, Set<PovertyFactor> codes) {
        factors.removeIf(f -> f.kind == kind);
        codes.forEach(code -> factors.add(new Factor(kind, code)));
    }

    Long id() {
        return id;
    }

    String villageCode() {
        return villageCode;
    }

    Category category() {
        return category;
    }

    YearMonth identificationMonth() {
        return identificationMonth == null ? null : YearMonth.from(identificationMonth);
    }

    String contactPhone() {
        return contactPhone;
    }

    boolean worksAway() {
        return worksAway;
    }

    boolean riskEliminated() {
        return riskEliminated;
    }

    int version() {
        return version;
    }

    List<Member> members() {
        return members;
    }

    List<CategoryChange> categoryHistory() {
        return categoryHistory;
    }

    Set<Factor> factors() {
        return factors;
    }

    Member head() {
        return members.stream().filter(m -> m.relation() == Relation.HEAD).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
    }

    @Embeddable
    static class Factor {
        @Enumerated(EnumType.STRING)
        @Column(name = "kind")
        FactorKind kind;
        @Enumerated(EnumType.STRING)
        @Column(name = "code")
        PovertyFactor code;

        protected Factor() {
        }

        Factor(FactorKind kind, PovertyFactor code) {
            this.kind = kind;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Factor f && f.kind == kind && f.code == code;
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + code.hashCode();
        }
    }
}
