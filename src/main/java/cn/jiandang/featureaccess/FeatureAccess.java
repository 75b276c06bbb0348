package cn.jiandang.featureaccess;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gate of R12: a function other than statistics may be used in a region only while its province has it
 * open (approved by the centre, within its period, not yet closed). Services call {@link #checkOpen} before
 * starting a procedure or changing data; views may call {@link #isOpen} to hide what would be refused anyway.
 */
@Service
@Transactional(readOnly = true)
public class FeatureAccess {

    static final Set<GrantStatus> OPEN_STATES =
            Arrays.stream(GrantStatus.values()).filter(GrantStatus::open).collect(Collectors.toUnmodifiableSet());

    private final FeatureGrantRepository grants;
    private final RegionAccess access;
    private final Clock clock;

    FeatureAccess(FeatureGrantRepository grants, RegionAccess access, Clock clock) {
        this.grants = grants;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the function is usable today in the region (any level; the centre's national code is never gated). */
    public boolean isOpen(Feature feature, RegionCode region) {
        if (feature.alwaysOpen() || region.level() == RegionLevel.NATIONAL) {
            return true;
        }
        return grants.isOpen(region.ancestor(RegionLevel.PROVINCE).value(), feature, OPEN_STATES, LocalDate.now(clock));
    }

    /** Refuses with "本省尚未开放……功能" (FORBIDDEN) when the region's province has not opened the function. */
    public void checkOpen(Feature feature, RegionCode region) {
        if (!isOpen(feature, region)) {
            FeatureClosedException closed = new FeatureClosedException(feature);
            // a refusal like any other (R12): audited with who asked for what, where
            access.refuse("Feature", feature.name(), region, closed.getMessage());
            throw closed;
        }
    }

    /** The functions usable today in the region. */
    public Set<Feature> openFeatures(RegionCode region) {
        Set<Feature> open = EnumSet.noneOf(Feature.class);
        for (Feature f : Feature.values()) {
            if (isOpen(f, region)) {
                open.add(f);
            }
        }
        return open;
    }
}
