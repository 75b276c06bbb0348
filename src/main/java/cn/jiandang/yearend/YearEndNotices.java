package cn.jiandang.yearend;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Publishes the village's list when its notice starts: the households still included (those excluded at the appraisal
 * are not on the notice), for the round's notice days from today.
 */
@Component
class YearEndNotices {

    private final HouseholdService households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YearEndNotices(HouseholdService households, ApplicationEventPublisher events, Clock clock) {
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    void noticeStarted(YearEndCase c) {
        List<YearEndCandidate> included =
                c.candidates().stream().filter(YearEndCandidate::included).toList();
        Map<Long, HouseholdSummary> summaries = households.summaries(
                included.stream().map(YearEndCandidate::householdId).toList());
        List<YearEndListPublished.Exiting> exiting = included.stream()
                .filter(x -> summaries.containsKey(x.householdId()))
                .map(x -> new YearEndListPublished.Exiting(
                        x.householdId(), summaries.get(x.householdId()).headName(), x.categoryBefore()))
                .toList();
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        events.publishEvent(new YearEndListPublished(
                c.id(), c.villageCode(), exiting, from, from.plusDays(c.round().noticeDays())));
    }
}
