package cn.jiandang.yearend;

import cn.jiandang.household.Category;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "year_end_case")
class YearEndCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private YearEndRound round;

    private String villageCode;

    @Enumerated(EnumType.STRING)
    private YearEndStatus status;

    private Instant noticeStartedAt;
    private String announcedBy;
    private Instant announcedAt;
    private String processInstanceId;

    @OneToMany(mappedBy = "yearEndCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<YearEndCandidate> candidates = new ArrayList<>();

    protected YearEndCase() {}

    YearEndCase(YearEndRound round, String villageCode) {
        this.round = round;
        this.villageCode = villageCode;
        this.status = YearEndStatus.APPRAISAL;
    }

    YearEndCandidate add(long householdId, Category category, BigDecimal perCapitaIncome) {
        YearEndCandidate c = new YearEndCandidate(this, householdId, category, perCapitaIncome);
        candidates.add(c);
        return c;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moved(YearEndStatus status, Instant at) {
        this.status = status;
        if (status == YearEndStatus.NOTICE) {
            this.noticeStartedAt = at;
        }
    }

    void announced(String by, Instant at) {
        this.status = YearEndStatus.DONE;
        this.announcedBy = by;
        this.announcedAt = at;
    }

    Long id() {
        return id;
    }

    YearEndStatus status() {
        return status;
    }

    String villageCode() {
        return villageCode;
    }

    YearEndRound round() {
        return round;
    }

    List<YearEndCandidate> candidates() {
        return candidates;
    }

    YearEndCaseView view() {
        return new YearEndCaseView(
                id,
                round.id(),
                round.year(),
                villageCode,
                status,
                candidates.size(),
                (int) candidates.stream().filter(YearEndCandidate::included).count(),
                noticeStartedAt,
                announcedAt,
                processInstanceId);
    }
}
