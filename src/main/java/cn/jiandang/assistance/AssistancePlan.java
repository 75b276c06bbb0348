package cn.jiandang.assistance;

import cn.jiandang.household.Category;
import jakarta.persistence.CascadeType;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The measures and the responsible helper assigned to one household at one time. */
@Entity
@Table(name = "assistance_plan")
class AssistancePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long householdId;
    private String villageCode;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String helperName;
    private String helperUnit;
    private String reviewGroup;
    private String status;
    private String processInstanceId;
    private String assignedBy;
    private Instant assignedAt;
    private String closedBy;
    private Instant closedAt;
    private String reviewComment;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<AssistanceMeasure> measures = new ArrayList<>();

    protected AssistancePlan() {}

    AssistancePlan(
            long householdId,
            String villageCode,
            Category category,
            String helperName,
            String helperUnit,
            String reviewGroup,
            String assignedBy,
            Instant assignedAt) {
        this.householdId = householdId;
        this.villageCode = villageCode;
        this.category = category;
        this.helperName = helperName.strip();
        this.helperUnit = helperUnit == null || helperUnit.isBlank() ? null : helperUnit.strip();
        this.reviewGroup = reviewGroup;
        this.status = "OPEN";
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void add(NewMeasure m) {
        measures.add(new AssistanceMeasure(m.type(), m.description().strip(), m.plannedAmount()));
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void reviewed(String comment) {
        this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void close(String by, Instant at) {
        this.status = "COMPLETED";
        this.closedBy = by;
        this.closedAt = at;
        measures.forEach(AssistanceMeasure::confirm);
    }

    Long id() {
        return id;
    }

    long householdId() {
        return householdId;
    }

    String villageCode() {
        return villageCode;
    }

    String reviewGroup() {
        return reviewGroup;
    }

    List<AssistanceMeasure> measures() {
        return measures;
    }

    AssistancePlanView view() {
        return new AssistancePlanView(
                id,
                householdId,
                villageCode,
                category,
                helperName,
                helperUnit,
                reviewGroup,
                status,
                processInstanceId,
                assignedBy,
                assignedAt,
                closedBy,
                closedAt,
                measures.stream().map(m -> m.view(id)).toList());
    }
}
