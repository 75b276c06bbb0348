package cn.jiandang.publicnotice;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.FactorKind;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Reads a village's board for anyone, without a login: a notice shows from its first day until its period ended
 * {@code retention-days} ago, never after. Anything else (an unknown village, a notice of another village or past its
 * time) is simply not there.
 */
@Service
@Transactional(readOnly = true)
class PublicNoticeBoard {

    /** A board shows at most this many notices; a village posts a handful a month. */
    static final int MAX_ITEMS = 200;

    private static final Pattern VILLAGE = Pattern.compile("\\d{9}(?!000)\\d{3}");

    private final PublicNoticeRepository notices;
    private final RegionService regions;
    private final PublicSettings settings;
    private final Clock clock;

    PublicNoticeBoard(PublicNoticeRepository notices, RegionService regions, PublicSettings settings, Clock clock) {
        this.notices = notices;
        this.regions = regions;
        this.settings = settings;
        this.clock = clock;
    }

    Board board(String villageCode) {
        RegionView village = village(villageCode);
        return new Board(
                villageCode,
                village.name(),
                regions.path(village.code()),
                notices.board(villageCode, shownSince(), PageRequest.of(0, MAX_ITEMS)).stream()
                        .map(this::item)
                        .toList());
    }

    /** One notice of the village's board, or not found. */
    BoardItem item(String villageCode, long id) {
        return item(shown(villageCode, id));
    }

    /** The notice behind a board item, for the objection: the same visibility as the page. */
    PublicNotice shown(String villageCode, long id) {
        village(villageCode);
        return notices.findById(id)
                .filter(n ->
                        n.villageCode().equals(villageCode) && !n.postedTo().isBefore(shownSince()))
                .orElseThrow(PublicNoticeBoard::notThere);
    }

    /** The case a notice is about (for the engine's "is the notice running" check). */
    long caseOf(long noticeId) {
        return notices.findById(noticeId)
                .orElseThrow(PublicNoticeBoard::notThere)
                .caseId();
    }

    String villageName(String villageCode) {
        return village(villageCode).name();
    }

    private BoardItem item(PublicNotice n) {
        LocalDate today = today();
        return new BoardItem(
                n.id(),
                n.source(),
                n.headName(),
                n.category() == null ? "贫困村" : n.category().label(),
                factorLabel(n),
                n.factors(),
                n.postedFrom(),
                n.postedTo(),
                !today.isBefore(n.postedFrom()) && !today.isAfter(n.postedTo()));
    }

    private static String factorLabel(PublicNotice n) {
        if (n.source().exit()) {
            return "退出";
        }
        FactorKind kind = FactorKind.forCategory(n.category());
        return switch (n.category()) {
            case MONITORED -> "返贫风险";
            case MARGINAL -> "致贫风险";
            default -> kind.label();
        };
    }

    private RegionView village(String code) {
        if (code == null || !VILLAGE.matcher(code).matches()) {
            throw notThere();
        }
        return regions.find(RegionCode.of(code))
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .orElseThrow(PublicNoticeBoard::notThere);
    }

    private LocalDate shownSince() {
        return today().minusDays(settings.retentionDays());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    private static BusinessException notThere() {
        return BusinessException.notFound("没有找到该公示");
    }
}
