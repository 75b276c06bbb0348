package cn.jiandang.villageexit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

@Entity
@Table(name = "village_exit_case")
class VillageExitCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String villageCode;
    private String liveVillageCode;
    private int population;
    private int poorPopulation;
    private BigDecimal incidence;
    private boolean western;
    private Boolean qualifies;

    @Enumerated(EnumType.STRING)
    private VillageExitStatus status;

    private String reason;
    private String proposedBy;
    private Instant proposedAt;
    private String countyComment;
    private String objection;
    private Instant noticeStartedAt;
    private String decidedBy;
    private Instant decidedAt;
    private Instant provinceInformedAt;
    private String processInstanceId;

    protected VillageExitCase() {}

    VillageExitCase(
            String villageCode,
            int population,
            int poorPopulation,
            boolean western,
            String reason,
            String proposedBy,
            Instant proposedAt) {
        this.villageCode = villageCode;
        this.liveVillageCode = villageCode;
        this.population = population;
        this.poorPopulation = poorPopulation;
        this.incidence =
                BigDecimal.valueOf(poorPopulation).divide(BigDecimal.valueOf(population), 4, RoundingMode.HALF_UP);
        this.western = western;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = VillageExitStatus.PROPOSED;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void assessed(boolean qualifies) {
        this.qualifies = qualifies;
    }

    void reviewed(String comment) {
        this.countyComment = comment;
    }

    void noticeStarted(Instant at) {
        this.status = VillageExitStatus.NOTICE;
        this.noticeStartedAt = at;
    }

    void objected(String objection) {
        this.objection = objection;
        this.status = VillageExitStatus.PROPOSED;
    }

    void noticeEnded() {
        this.status = VillageExitStatus.ANNOUNCING;
    }

    void exited(String by, Instant at) {
        this.status = VillageExitStatus.EXITED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.provinceInformedAt = at;
    }

    void rejected(String by, Instant at) {
        this.status = VillageExitStatus.REJECTED;
        this.liveVillageCode = null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() {
        return id;
    }

    VillageExitStatus status() {
        return status;
    }

    VillageExitCaseView view() {
        return new VillageExitCaseView(
                id,
                villageCode,
                population,
                poorPopulation,
                incidence,
                western,
                qualifies,
                status,
                reason,
                proposedBy,
                proposedAt,
                countyComment,
                objection,
                noticeStartedAt,
                decidedBy,
                decidedAt,
                provinceInformedAt,
                processInstanceId);
    }
}
