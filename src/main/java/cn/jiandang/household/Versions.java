package cn.jiandang.household;

import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * R8: keeps a JSON snapshot of a household's base data after every change, so that no update (a year-end update
 * above all) overwrites silently: the previous versions stay, the last one is the current one.
 */
@Component
class Versions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final HouseholdVersionRepository versions;
    private final CurrentOfficer current;
    private final Clock clock;

    Versions(HouseholdVersionRepository versions, CurrentOfficer current, Clock clock) {
        this.versions = versions;
        this.current = current;
        this.clock = clock;
    }

    /** Records the household as it is now; {@code taskId} may be null. */
    void record(Household h, String procedure, String taskId) {
        record(h, actor(), procedure, taskId);
    }

    void record(Household h, String actor, String procedure, String taskId) {
        int next = versions.lastNumber(h.id()) + 1;
        versions.save(new HouseholdVersion(h.id(), next, snapshot(h), Instant.now(clock), actor, procedure, taskId));
    }

    String actor() {
        return current.get().map(Officer::username).orElse("system");
    }

    List<VersionView> list(long householdId) {
        return versions.findByHouseholdIdOrderByVersionNo(householdId).stream()
                .map(HouseholdVersion::view)
                .toList();
    }

    /**
     * The fields that differ between two versions, in field order; personal numbers masked (members are keyed by ID
     * number in a snapshot, and the phone is a field): the full numbers are shown only by the audited reveal.
     */
    List<FieldDiff> diff(long householdId, int from, int to) {
        Map<String, String> a = flatten(read(householdId, from));
        Map<String, String> b = flatten(read(householdId, to));
        TreeSet<String> fields = new TreeSet<>(Comparator.naturalOrder());
        fields.addAll(a.keySet());
        fields.addAll(b.keySet());
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                diffs.add(new FieldDiff(Masking.text(field), masked(field, a.get(field)), masked(field, b.get(field))));
            }
        }
        return diffs;
    }

    private static String masked(String field, String value) {
        return field.endsWith("contactPhone") && value != null ? Masking.phone(value) : Masking.text(value);
    }

    /** One version as field paths and values, its personal numbers masked like everywhere outside the registry. */
    Map<String, Object> snapshotOf(long householdId, int number) {
        Map<String, Object> s = read(householdId, number);
        try {
            Map<String, Object> masked = JSON.readValue(Masking.text(JSON.writeValueAsString(s)), MAP);
            masked.computeIfPresent("contactPhone", (k, v) -> Masking.phone(String.valueOf(v)));
            return masked;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(long householdId, int number) {
        HouseholdVersion v = versions.findByHouseholdIdAndVersionNo(householdId, number)
                .orElseThrow(() -> cn.jiandang.common.BusinessException.notFound("该户没有第 " + number + " 版数据"));
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

    static String snapshot(Household h) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("villageCode", h.villageCode());
        s.put("category", h.category() == null ? null : h.category().name());
        s.put(
                "identificationMonth",
                h.identificationMonth() == null ? null : h.identificationMonth().toString());
        s.put("contactPhone", h.contactPhone());
        s.put("worksAway", h.worksAway());
        s.put("riskEliminated", h.riskEliminated());
        Relocation r = h.relocation();
        s.put("relocated", r != null);
        if (r != null) {
            s.put(
                    "relocation",
                    Map.of(
                            "longitudeBefore",
                            r.before().longitude().toPlainString(),
                            "latitudeBefore",
                            r.before().latitude().toPlainString(),
                            "longitudeAfter",
                            r.after().longitude().toPlainString(),
                            "latitudeAfter",
                            r.after().latitude().toPlainString()));
        }
        Map<String, Object> factors = new java.util.TreeMap<>();
        h.factors().stream()
                .sorted(Comparator.comparing((Household.Factor f) -> f.kind).thenComparing(f -> f.code))
                .forEach(f -> factors.merge(f.kind.name(), f.code.name(), (x, y) -> x + "," + y));
        s.put("factors", factors);
        Map<String, Object> members = new LinkedHashMap<>();
        for (Member m : h.members()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("name", m.name());
            mm.put("relation", m.relation().name());
            mm.put("sex", m.sex());
            mm.put("birthDate", m.birthDate().toString());
            mm.put("ethnicity", m.ethnicity());
            mm.put("education", m.education() == null ? null : m.education().name());
            mm.put("health", m.health() == null ? null : m.health().name());
            mm.put(
                    "workingAbility",
                    m.workingAbility() == null ? null : m.workingAbility().name());
            mm.put("migrantWork", m.migrantWork());
            mm.put("departed", m.departed());
            members.put(m.idNumber(), mm);
        }
        s.put("members", members);
        Map<String, Object> incomes = new LinkedHashMap<>();
        for (Household.Income i : h.incomes()) {
            IncomeRecord rec = i.record();
            incomes.put(
                    String.valueOf(rec.year()),
                    Map.of(
                            "wages",
                            rec.wages().toPlainString(),
                            "production",
                            rec.production().toPlainString(),
                            "property",
                            rec.property().toPlainString(),
                            "transfer",
                            rec.transfer().toPlainString(),
                            "productionCosts",
                            rec.productionCosts().toPlainString()));
        }
        s.put("incomes", incomes);
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
