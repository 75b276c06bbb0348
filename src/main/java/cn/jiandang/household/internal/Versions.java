package cn.jiandang.household.internal;

import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.StaleVersionException;
import cn.jiandang.household.VersionStamp;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.OfficerDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * R8: keeps a JSON snapshot of a household's base data after every change, so that no update (a year-end update
 * above all) overwrites silently: the previous versions stay, the last one is the current one.
 */
@Component
public class Versions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HouseholdVersionRepository versions;
    private final CurrentOfficer current;
    private final OfficerDirectory officers;
    private final EntityManager entities;
    private final Clock clock;

    public Versions(
            HouseholdVersionRepository versions,
            CurrentOfficer current,
            OfficerDirectory officers,
            EntityManager entities,
            Clock clock) {
        this.versions = versions;
        this.current = current;
        this.officers = officers;
        this.entities = entities;
        this.clock = clock;
    }

    /** The household's current version; number 0 when it has none yet. */
    public VersionStamp current(long householdId) {
        return versions.findFirstByHouseholdIdOrderByVersionNoDesc(householdId)
                .map(v -> new VersionStamp(
                        v.versionNo(),
                        v.changedBy(),
                        officers.find(v.changedBy()).map(c -> c.label()).orElse(v.changedBy()),
                        v.changedAt()))
                .orElse(new VersionStamp(0, null, null, null));
    }

    /**
     * Optimistic locking of an edit: refuses it when it was based on another version than the current one ({@code
     * expected} null: the caller did not say, as the procedures and batch jobs, which change what they read).
     */
    public void checkCurrent(Household h, Integer expected) {
        if (expected == null) {
            return;
        }
        // two officials saving at once: the second waits here for the first to commit, then sees its version
        entities.lock(h, LockModeType.PESSIMISTIC_WRITE);
        VersionStamp now = current(h.id());
        if (now.number() != expected) {
            throw new StaleVersionException(expected, now);
        }
    }

    /** Records the household as it is now; {@code taskId} may be null. */
    public void record(Household h, String procedure, String taskId) {
        record(h, actor(), procedure, taskId);
    }

    public void record(Household h, String actor, String procedure, String taskId) {
        int last = versions.lastNumber(h.id());
        try {
            versions.save(
                    new HouseholdVersion(h.id(), last + 1, snapshot(h), Instant.now(clock), actor, procedure, taskId));
        } catch (DataIntegrityViolationException e) {
            // two unlocked writes of one household at once: the unique (household_id, version_no) lets only the
            // first through; the transaction is lost, so the other one is not read here
            throw new StaleVersionException(last, new VersionStamp(last + 1, null, "另一位扶贫干部", null));
        }
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
        Map<String, Object> factors = new TreeMap<>();
        h.factors().stream()
                .sorted(Comparator.comparing((Factor f) -> f.kind).thenComparing(f -> f.code))
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
            mm.put("contactPhone", m.contactPhone());
            mm.put("departed", m.departed());
            members.put(m.idNumber(), mm);
        }
        s.put("members", members);
        Map<String, Object> incomes = new LinkedHashMap<>();
        for (Income i : h.incomes()) {
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
