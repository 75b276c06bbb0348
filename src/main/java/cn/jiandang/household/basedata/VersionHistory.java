package cn.jiandang.household.basedata;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Wording;
import cn.jiandang.household.internal.HouseholdVersion;
import cn.jiandang.household.internal.HouseholdVersionRepository;
import cn.jiandang.region.RegionService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** R8: reads the versions the core keeps after every change, and compares any two field by field. */
@Component
class VersionHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final HouseholdVersionRepository versions;
    private final RegionService regions;

    VersionHistory(HouseholdVersionRepository versions, RegionService regions) {
        this.versions = versions;
        this.regions = regions;
    }

    List<VersionView> list(long householdId) {
        return versions.findByHouseholdIdOrderByVersionNo(householdId).stream()
                .map(VersionHistory::view)
                .toList();
    }

    /** The fields that differ between two versions, in an official's words (labels, code names, masked numbers). */
    List<FieldDiff> diff(long householdId, int from, int to, Wording wording) {
        return VersionDiffs.between(read(householdId, from), read(householdId, to), wording, regions);
    }

    /** Every version with what it changed against the one before, oldest first: each snapshot read once. */
    List<VersionChanges> changes(long householdId, Wording wording) {
        List<VersionChanges> result = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (HouseholdVersion v : versions.findByHouseholdIdOrderByVersionNo(householdId)) {
            Map<String, Object> after = parse(householdId, v);
            result.add(new VersionChanges(view(v), VersionDiffs.between(before, after, wording, regions)));
            before = after;
        }
        return result;
    }

    Map<String, Object> snapshotOf(long householdId, int number) {
        return read(householdId, number);
    }

    private Map<String, Object> read(long householdId, int number) {
        HouseholdVersion v = versions.findByHouseholdIdAndVersionNo(householdId, number)
                .orElseThrow(() -> BusinessException.notFound("该户没有第 " + number + " 版数据"));
        return parse(householdId, v);
    }

    private static Map<String, Object> parse(long householdId, HouseholdVersion v) {
        try {
            return JSON.readValue(v.snapshot(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot of household " + householdId, e);
        }
    }

    private static VersionView view(HouseholdVersion v) {
        return new VersionView(v.versionNo(), v.changedAt(), v.changedBy(), v.procedure(), v.taskId());
    }
}
