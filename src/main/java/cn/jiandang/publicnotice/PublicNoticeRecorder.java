package cn.jiandang.publicnotice;

import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Copies each published notice and announcement to the board, in the transaction that published it: a notice is on
 * the board exactly when the case says it was posted. A notice posted again (after a re-verification) replaces its
 * row.
 */
@Component
class PublicNoticeRecorder {

    private final PublicNoticeRepository notices;
    private final Clock clock;

    PublicNoticeRecorder(PublicNoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(IdentificationPublished p) {
        NoticeSource source = p.stage() == IdentificationPublished.Stage.NOTICE
                ? NoticeSource.IDENTIFICATION_NOTICE
                : NoticeSource.IDENTIFICATION_ANNOUNCEMENT;
        PublicNotice notice = notices.findBySourceAndCaseId(source, p.caseId())
                .orElseGet(() -> new PublicNotice(source, p.caseId(), p.villageCode()));
        String factors = p.factors().stream().sorted().map(PovertyFactor::label).collect(Collectors.joining("、"));
        notice.post(p.headName(), p.kind(), factors, p.from(), p.to(), Instant.now(clock));
        notices.save(notice);
    }
}
