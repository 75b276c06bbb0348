package cn.jiandang.household.basedata;

import cn.jiandang.household.Category;
import cn.jiandang.household.Education;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.Health;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Wording;
import cn.jiandang.household.WorkingAbility;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * R8: the difference of two snapshots in an official's words: field labels and code names from the bundles,
 * personal numbers masked, a member who joined or left as one line. Never the snapshot's JSON or its English keys.
 */
final class VersionDiffs {

    private static final String ABSENT = "—";
    private static final List<String> HOUSEHOLD_FIELDS = List.of(
            "villageCode",
            "category",
            "identificationMonth",
            "contactPhone",
            "worksAway",
            "riskEliminated",
            "relocated");
    private static final List<String> RELOCATION_FIELDS =
            List.of("longitudeBefore", "latitudeBefore", "longitudeAfter", "latitudeAfter");
    private static final List<String> MEMBER_FIELDS = List.of(
            "name",
            "relation",
            "sex",
            "birthDate",
            "ethnicity",
            "education",
            "health",
            "workingAbility",
            "migrantWork",
            "contactPhone",
            "departed");
    private static final List<String> INCOME_FIELDS =
            List.of("wages", "production", "property", "transfer", "productionCosts");

    private final Wording w;
    private final RegionService regions;
    private final List<FieldDiff> diffs = new ArrayList<>();

    private VersionDiffs(Wording w, RegionService regions) {
        this.w = w;
        this.regions = regions;
    }

    static List<FieldDiff> between(Map<String, Object> a, Map<String, Object> b, Wording w, RegionService regions) {
        VersionDiffs d = new VersionDiffs(w, regions);
        for (String field : HOUSEHOLD_FIELDS) {
            d.compare(field, w.text("registry.field." + field), a.get(field), b.get(field), field);
        }
        Map<String, Object> ra = map(a, "relocation");
        Map<String, Object> rb = map(b, "relocation");
        for (String field : RELOCATION_FIELDS) {
            d.compare("relocation." + field, w.text("registry.field." + field), ra.get(field), rb.get(field), field);
        }
        d.factors(map(a, "factors"), map(b, "factors"));
        d.members(map(a, "members"), map(b, "members"));
        d.incomes(map(a, "incomes"), map(b, "incomes"));
        return d.diffs;
    }

    private void factors(Map<String, Object> a, Map<String, Object> b) {
        for (String kind : union(a, b)) {
            String label = w.code(
                    FactorKind.valueOf(kind), () -> FactorKind.valueOf(kind).label());
            compare("factors." + kind, label, a.get(kind), b.get(kind), "factors");
        }
    }

    private void members(Map<String, Object> a, Map<String, Object> b) {
        for (String idNumber : union(a, b)) {
            Map<String, Object> ma = map(a, idNumber);
            Map<String, Object> mb = map(b, idNumber);
            String masked = Masking.idNumber(idNumber);
            String path = "members." + masked;
            if (ma.isEmpty() || mb.isEmpty()) {
                diffs.add(new FieldDiff(path, w.text("registry.field.member"), person(ma, masked), person(mb, masked)));
                continue;
            }
            String name = String.valueOf(mb.get("name"));
            for (String field : MEMBER_FIELDS) {
                String label = w.text("registry.field.memberField", name, masked, w.text("registry.field.m." + field));
                compare(path + "." + field, label, ma.get(field), mb.get(field), "m." + field);
            }
        }
    }

    private void incomes(Map<String, Object> a, Map<String, Object> b) {
        for (String year : union(a, b)) {
            Map<String, Object> ia = map(a, year);
            Map<String, Object> ib = map(b, year);
            for (String field : INCOME_FIELDS) {
                String label = w.text("registry.field.income", year, w.text("registry.field.i." + field));
                compare("incomes." + year + "." + field, label, ia.get(field), ib.get(field), "money");
            }
        }
    }

    private void compare(String path, String label, Object before, Object after, String kind) {
        if (!Objects.equals(text(before), text(after))) {
            diffs.add(new FieldDiff(path, label, value(kind, before), value(kind, after)));
        }
    }

    /** A value in words: code names, yes/no, place names, masked numbers. */
    private String value(String kind, Object raw) {
        String v = text(raw);
        if (v == null) {
            return "category".equals(kind) ? noCategory() : ABSENT;
        }
        return switch (kind) {
            case "villageCode" -> regions.name(RegionCode.of(v)) + "（" + v + "）";
            case "category" ->
                w.code(Category.valueOf(v), () -> Category.valueOf(v).label());
            case "contactPhone", "m.contactPhone" -> Masking.phone(v);
            case "worksAway", "riskEliminated", "relocated", "m.migrantWork", "m.departed" ->
                w.text(Boolean.parseBoolean(v) ? "yes" : "no");
            case "factors" ->
                Arrays.stream(v.split(","))
                        .map(c -> w.code(
                                PovertyFactor.valueOf(c),
                                () -> PovertyFactor.valueOf(c).label()))
                        .collect(Collectors.joining("、"));
            case "m.relation" ->
                w.code(Relation.valueOf(v), () -> Relation.valueOf(v).label());
            case "m.education" ->
                w.code(Education.valueOf(v), () -> Education.valueOf(v).label());
            case "m.health" -> w.code(Health.valueOf(v), () -> Health.valueOf(v).label());
            case "m.workingAbility" ->
                w.code(
                        WorkingAbility.valueOf(v),
                        () -> WorkingAbility.valueOf(v).label());
            case "m.sex" -> w.text("sex." + v);
            default -> v;
        };
    }

    private String noCategory() {
        return w.textOr("enum.Category.NONE", () -> Category.labelOf(null));
    }

    /** A member who joined or left, in one line: name (masked ID, relation). */
    private String person(Map<String, Object> m, String masked) {
        if (m.isEmpty()) {
            return ABSENT;
        }
        String relation = value("m.relation", m.get("relation"));
        return m.get("name") + "（" + masked + "，" + relation + "）";
    }

    private static String text(Object v) {
        return v == null ? null : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return m.get(key) instanceof Map<?, ?> nested ? (Map<String, Object>) nested : Map.of();
    }

    private static Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
