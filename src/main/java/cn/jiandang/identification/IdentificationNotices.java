package cn.jiandang.identification;

import cn.jiandang.household.FactorKind;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The wording of the village notice and the county announcement, in one place: the head's name, the village, the
 * kind and its causes or risks; never ID, phone or bank numbers.
 */
@Component
class IdentificationNotices {

    private final HouseholdService households;
    private final RegionService regions;
    private final IdentificationSettings settings;
    private final Clock clock;

    IdentificationNotices(
            HouseholdService households, RegionService regions, IdentificationSettings settings, Clock clock) {
        this.households = households;
        this.regions = regions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the public may see of the notice or announcement, posted from today for the configured notice period (the
     * announcement is posted as long as the notice was).
     */
    IdentificationPublished publication(IdentificationCase c, IdentificationPublished.Stage stage) {
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        return new IdentificationPublished(
                c.id(),
                stage,
                c.villageCode(),
                headName(c),
                c.kind(),
                c.registryFactors(),
                from,
                from.plusDays(Math.max(1, settings.notice().toDays())));
    }

    /** The village notice of the publication. */
    String notice(IdentificationPublished p) {
        return "公示：经入户核实和村民代表民主评议，拟将" + regions.name(RegionCode.of(p.villageCode())) + p.headName()
                + "户识别为" + p.kind().label() + "，"
                + FactorKind.forCategory(p.kind()).label() + "："
                + labels(p.factors()) + "。公示期自" + p.from() + "至"
                + p.to() + "，如有异议，请向村委会或乡镇人民政府反映，或在网上公示栏提出。";
    }

    /** The county's announcement of the approved identification. */
    String announcement(IdentificationCase c) {
        RegionCode village = RegionCode.of(c.villageCode());
        return regions.path(village.ancestor(RegionLevel.COUNTY)) + "公告：经县级审批，"
                + regions.name(village) + headName(c) + "户识别为"
                + c.kind().label() + "。";
    }

    private String headName(IdentificationCase c) {
        if (c.householdId() == null) {
            return c.view().applicantHeadName();
        }
        HouseholdSummary summary =
                households.summaries(List.of(c.householdId())).get(c.householdId());
        return summary == null ? "" : summary.headName();
    }

    private static String labels(Set<PovertyFactor> factors) {
        return factors.stream()
                .sorted()
                .map(PovertyFactor::label)
                .reduce((a, b) -> a + "、" + b)
                .orElse("");
    }
}
