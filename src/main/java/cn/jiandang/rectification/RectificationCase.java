package cn.jiandang.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One problem to rectify, who holds it now, and what each level did. */
@Entity
@Table(name = "rectification_case")
class RectificationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String batchId;

    @Enumerated(EnumType.STRING)
    private ProblemSource source;

    @Enumerated(EnumType.STRING)
    private ProblemType problemType;

    private String description;
    private Long householdId;
    private String regionCode;
    private String countyCode;
    private String holderLevel;
    private String handlerLevel;

    @Enumerated(EnumType.STRING)
    private RectificationStatus status;

    private LocalDate deadline;
    private boolean overdue;
    private String escalatedTo;
    private String ownerGroup;
    private String createdBy;
    private Instant createdAt;
    private String rectification;
    private String evidence;
    private String rectifiedBy;
    private Instant rectifiedAt;
    private int rounds;
    private String lastComment;
    private String closedBy;
    private Instant closedAt;
    private String processInstanceId;

    protected RectificationCase() {}

    RectificationCase(
            String batchId,
            NewProblem p,
            String regionCode,
            String countyCode,
            String ownerGroup,
            String createdBy,
            Instant createdAt) {
        this.batchId = batchId;
        this.source = p.source();
        this.problemType = p.type();
        this.description = p.description().strip();
        this.householdId = p.householdId();
        this.regionCode = regionCode;
        this.countyCode = countyCode;
        this.deadline = p.deadline();
        this.ownerGroup = ownerGroup;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = RectificationStatus.ASSIGNED;
        this.holderLevel = "COUNTY";
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void passedDown(String toLevel) {
        this.holderLevel = toLevel;
    }

    void rectified(String level, String rectification, String evidence, String by, Instant at) {
        this.handlerLevel = level;
        this.rectification = rectification;
        this.evidence = evidence;
        this.rectifiedBy = by;
        this.rectifiedAt = at;
        this.status = "COUNTY".equals(level) ? RectificationStatus.SUBMITTED : RectificationStatus.VERIFYING;
        this.holderLevel = "COUNTY".equals(level) ? "OWNER" : nextUp(level);
    }

    void verified(String level, boolean ok, String comment) {
        this.lastComment = comment;
        if (!ok) {
            this.status = RectificationStatus.ASSIGNED;
            this.holderLevel = handlerLevel;
        } else if ("COUNTY".equals(level)) {
            this.status = RectificationStatus.SUBMITTED;
            this.holderLevel = "OWNER";
        } else {
            this.holderLevel = "COUNTY";
        }
    }

    void accepted(boolean ok, String comment) {
        this.lastComment = comment;
        if (!ok) {
            this.status = RectificationStatus.ASSIGNED;
            this.holderLevel = "COUNTY";
            this.rounds++;
        }
    }

    void closed(String by, Instant at) {
        this.status = RectificationStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
        this.holderLevel = "NONE";
    }

    void escalated(String to) {
        this.overdue = true;
        this.escalatedTo = to;
    }

    private static String nextUp(String level) {
        return "VILLAGE".equals(level) ? "TOWNSHIP" : "COUNTY";
    }

    Long id() {
        return id;
    }

    RectificationCaseView view() {
        return new RectificationCaseView(
                id,
                source,
                problemType,
                description,
                householdId,
                regionCode,
                countyCode,
                holderLevel,
                handlerLevel,
                status,
                deadline,
                overdue,
                escalatedTo,
                ownerGroup,
                createdBy,
                createdAt,
                rectification,
                evidence,
                rectifiedBy,
                rounds,
                lastComment,
                closedAt,
                processInstanceId);
    }
}
