package cn.jiandang.household.basedata;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.HouseholdVersion;
import cn.jiandang.household.internal.HouseholdVersionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** R8: reads the versions the core keeps after every change, and compares any two field by field. */
@Component
class VersionHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final HouseholdVersionRepository versions;

    VersionHistory(HouseholdVersionRepository versions) {
        this.versions = versions;
    }

    List<VersionView> list(long householdId) {
        return versions.findByHouseholdIdOrderByVersionNo(householdId).stream()
                .map(VersionHistory::view)
                .toList();
    }

    /** The fields that differ between two versions, in field order. */
    List<FieldDiff> diff(long householdId, int from, int to) {
        Map<String, String> a = flatten(read(householdId, from));
        Map<String, String> b = flatten(read(householdId, to));
        TreeSet<String> fields = new TreeSet<>(Comparator.naturalOrder());
        fields.addAll(a.keySet());
        fields.addAll(b.keySet());
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                diffs.add(new FieldDiff(field, a.get(field), b.get(field)));
            }
        }
        return diffs;
    }

    Map<String, Object> snapshotOf(long householdId, int number) {
        return read(householdId, number);
    }

    private Map<String, Object> read(long householdId, int number) {
        HouseholdVersion v = versions.findByHouseholdIdAndVersionNo(householdId, number)
                .orElseThrow(() -> BusinessException.notFound("该户没有第 " + number + " 版数据"));
        try {
            return JSON.readValue(v.snapshot(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot of household " + householdId, e);
        }
    }

    /** Nested maps become dotted paths: members.130125....name, incomes.2020.wages. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> flatten(Map<String, Object> map) {
        Map<String, String> flat = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten((Map<String, Object>) nested).forEach((k, v) -> flat.put(key + "." + k, v));
            } else {
                flat.put(key, value == null ? null : String.valueOf(value));
            }
        });
        return flat;
    }

    private static VersionView view(HouseholdVersion v) {
        return new VersionView(v.versionNo(), v.changedAt(), v.changedBy(), v.procedure(), v.taskId());
    }
}
