package cn.jiandang.household.internal;

import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.Relocation;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * R8: keeps a JSON snapshot of a household's base data after every change, so that no update (a year-end update
 * above all) overwrites silently: the previous versions stay, the last one is the current one.
 */
@Component
public class Versions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HouseholdVersionRepository versions;
    private final CurrentOfficer current;
    private final Clock clock;

    public Versions(HouseholdVersionRepository versions, CurrentOfficer current, Clock clock) {
        this.versions = versions;
        this.current = current;
        this.clock = clock;
    }

    /** Records the household as it is now; {@code taskId} may be null. */
    public void record(Household h, String procedure, String taskId) {
        record(h, actor(), procedure, taskId);
    }

    public void record(Household h, String actor, String procedure, String taskId) {
        int next = versions.lastNumber(h.id()) + 1;
        versions.save(new HouseholdVersion(h.id(), next, snapshot(h), Instant.now(clock), actor, procedure, taskId));
    }

    public String actor() {
        return current.get().map(Officer::username).orElse("system");
    }

    public static String snapshot(Household h) {
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
