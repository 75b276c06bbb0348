package cn.jiandang.household.internal;

import cn.jiandang.household.Category;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Relocation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String villageCode;

    @Enumerated(EnumType.STRING)
    private Category category;

    private LocalDate identificationMonth;

    @Embedded
    private Contact contact;

    private boolean riskEliminated;

    @Embedded
    private RelocationSite relocation = new RelocationSite(null);

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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "household_income", joinColumns = @JoinColumn(name = "household_id"))
    @OrderBy("year")
    private List<Income> incomes = new ArrayList<>();

    protected Household() {}

    public Household(String villageCode, String contactPhone, boolean worksAway, Instant createdAt) {
        this.villageCode = villageCode;
        this.contact = new Contact(contactPhone, worksAway);
        this.createdAt = createdAt;
    }

    public Member addMember(IdNumber idNumber, String name, Relation relation) {
        Member member = new Member(this, idNumber, name, relation);
        members.add(member);
        return member;
    }

    public void changeCategory(Category to, YearMonth identificationMonth, CategoryChange change) {
        this.category = to;
        if (identificationMonth != null) {
            this.identificationMonth = identificationMonth.atDay(1);
        }
        categoryHistory.add(change);
    }

    public void replaceFactors(FactorKind kind, Set<PovertyFactor> codes) {
        factors.removeIf(f -> f.kind() == kind);
        codes.forEach(code -> factors.add(new Factor(kind, code)));
    }

    public void recordIncome(Income income) {
        incomes.removeIf(i -> i.year == income.year);
        incomes.add(income);
        incomes.sort(Comparator.comparingInt(i -> i.year));
    }

    /** {@code relocation} null: not (or no longer) relocated. */
    public void relocate(Relocation relocation) {
        this.relocation = new RelocationSite(relocation);
    }

    public void updateContact(String phone, boolean worksAway) {
        this.contact = new Contact(phone, worksAway);
    }

    public void markRiskEliminated() {
        this.riskEliminated = true;
    }

    public void moveTo(String villageCode) {
        this.villageCode = villageCode;
    }

    public void correctIdentificationMonth(YearMonth month) {
        this.identificationMonth = month.atDay(1);
    }

    public Relocation relocation() {
        return relocation == null ? null : relocation.relocation();
    }

    public List<Income> incomes() {
        return incomes;
    }

    /** Members now: the people whose row belongs here and who have not left. */
    public List<Member> currentMembers() {
        return members.stream().filter(m -> !m.departed()).toList();
    }

    public Long id() {
        return id;
    }

    public String villageCode() {
        return villageCode;
    }

    public Category category() {
        return category;
    }

    public YearMonth identificationMonth() {
        return identificationMonth == null ? null : YearMonth.from(identificationMonth);
    }

    public String contactPhone() {
        return contact == null ? null : contact.phone();
    }

    public boolean worksAway() {
        return contact != null && contact.worksAway();
    }

    public boolean riskEliminated() {
        return riskEliminated;
    }

    public int version() {
        return version;
    }

    public List<Member> members() {
        return members;
    }

    public List<CategoryChange> categoryHistory() {
        return categoryHistory;
    }

    public Set<Factor> factors() {
        return factors;
    }

    public Member head() {
        return currentMembers().stream()
                .filter(m -> m.relation() == Relation.HEAD)
                .findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
    }
}
