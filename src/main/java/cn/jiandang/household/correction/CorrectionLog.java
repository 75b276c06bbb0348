package cn.jiandang.household.correction;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who applied a batch correction, when, over which region, and what it changed. */
@Entity
@Table(name = "correction_log")
class CorrectionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String rule;
    private String scopeCode;
    private Instant appliedAt;
    private String appliedBy;
    private int households;
    private int naturalChanges;
    private String summary;

    protected CorrectionLog() {}

    CorrectionLog(
            String rule,
            String scopeCode,
            Instant appliedAt,
            String appliedBy,
            int households,
            int naturalChanges,
            String summary) {
        this.rule = rule;
        this.scopeCode = scopeCode;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
        this.households = households;
        this.naturalChanges = naturalChanges;
        this.summary = summary;
    }

    Long id() {
        return id;
    }
}
