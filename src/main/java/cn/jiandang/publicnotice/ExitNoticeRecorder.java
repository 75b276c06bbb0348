package cn.jiandang.publicnotice;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.villageexit.VillageExitPublished;
import cn.jiandang.yearend.YearEndListPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Copies each exit notice to the board in the transaction that posted it, as {@link PublicNoticeRecorder} does for
 * identifications: a year-end list as one row per exiting household (head's name and the category it leaves), a
 * village's exit as one row naming the village. A list posted again (after an objection sent it back to the village)
 * replaces its rows, dropping the households no longer on it.
 */
@Component
class ExitNoticeRecorder {

    static final String HOUSEHOLD_EXITS = "拟标注脱贫";
    static final String VILLAGE_EXITS = "拟退出贫困村";

    private final PublicNoticeRepository notices;
    private final RegionService regions;
    private final Clock clock;

    ExitNoticeRecorder(PublicNoticeRepository notices, RegionService regions, Clock clock) {
        this.notices = notices;
        this.regions = regions;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(YearEndListPublished p) {
        Map<Long, PublicNotice> posted =
                notices.findAllBySourceAndCaseId(NoticeSource.YEAR_END_EXIT, p.caseId()).stream()
                        .collect(Collectors.toMap(PublicNotice::subjectId, Function.identity()));
        Instant now = Instant.now(clock);
        for (YearEndListPublished.Exiting h : p.households()) {
            PublicNotice notice = posted.remove(h.householdId());
            if (notice == null) {
                notice = new PublicNotice(NoticeSource.YEAR_END_EXIT, p.caseId(), h.householdId(), p.villageCode());
            }
            notice.post(h.headName(), h.category(), HOUSEHOLD_EXITS, p.from(), p.to(), now);
            notices.save(notice);
        }
        notices.deleteAll(posted.values());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(VillageExitPublished p) {
        String village = regions.find(RegionCode.of(p.villageCode()))
                .map(RegionView::name)
                .orElse(p.villageCode());
        PublicNotice notice = notices.findBySourceAndCaseId(NoticeSource.VILLAGE_EXIT, p.caseId())
                .orElseGet(() -> new PublicNotice(NoticeSource.VILLAGE_EXIT, p.caseId(), p.villageCode()));
        notice.post(village, null, VILLAGE_EXITS, p.from(), p.to(), Instant.now(clock));
        notices.save(notice);
    }
}
