package cn.jiandang.household.internal;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One dated change of a household's category and the procedure that caused it. */
@Entity
@Table(name = "category_change")
public class CategoryChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Category fromCategory;

    @Enumerated(EnumType.STRING)
    private Category toCategory;

    private Instant changedAt;
    private String changedBy;
    private String procedure;
    private String processInstanceId;

    protected CategoryChange() {}

    public CategoryChange(
            Category from, Category to, Instant at, String by, String procedure, String processInstanceId) {
        this.fromCategory = from;
        this.toCategory = to;
        this.changedAt = at;
        this.changedBy = by;
        this.procedure = procedure;
        this.processInstanceId = processInstanceId;
    }

    public HouseholdDetails.CategoryChangeView view() {
        return new HouseholdDetails.CategoryChangeView(
                fromCategory, toCategory, changedAt, changedBy, procedure, processInstanceId);
    }
}
