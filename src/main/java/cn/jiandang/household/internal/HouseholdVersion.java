package cn.jiandang.household.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** R8: the base data of a household after one change, with who, when and which procedure or task made it. */
@Entity
@Table(name = "household_version")
public class HouseholdVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long householdId;
    private int versionNo;
    private String snapshot;
    private Instant changedAt;
    private String changedBy;
    private String procedure;
    private String taskId;

    protected HouseholdVersion() {}

    public HouseholdVersion(
            long householdId,
            int versionNo,
            String snapshot,
            Instant changedAt,
            String changedBy,
            String procedure,
            String taskId) {
        this.householdId = householdId;
        this.versionNo = versionNo;
        this.snapshot = snapshot;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.procedure = procedure;
        this.taskId = taskId;
    }

    public String snapshot() {
        return snapshot;
    }

    public int versionNo() {
        return versionNo;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String procedure() {
        return procedure;
    }

    public String taskId() {
        return taskId;
    }
}
