package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.RegistrationChecks;
import cn.jiandang.household.Relation;
import cn.jiandang.household.bulk.BulkPerson;
import cn.jiandang.household.bulk.BulkRegistration;
import cn.jiandang.household.bulk.NewRegistration;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every row of a household file as the registration form checks it ({@link RegistrationChecks}, the contact
 * phone of R10, the village within the officer's region), then each household as a whole (its head's own row, one
 * village and phone), then against the archive (R16): a household whose members are all registered in it already is
 * unchanged (a re-import writes nothing), a person registered elsewhere is a bad row. Households with a bad row are
 * never written.
 */
@Component
class HouseholdRows {

    /** What to write, how many rows are already in the archive, and every bad row. */
    record Plan(List<NewRegistration> households, int rowsToWrite, int unchanged, List<RowError> errors) {}

    private record Parsed(
            HouseholdFile.Line line,
            String headId,
            String village,
            String phone,
            boolean away,
            NewHousehold.NewMember member) {}

    private static final Pattern VILLAGE_CODE = Pattern.compile("\\d{12}");
    private static final Map<String, Relation> RELATIONS = relations();

    private final BulkRegistration bulk;
    private final RegionService regions;

    HouseholdRows(BulkRegistration bulk, RegionService regions) {
        this.bulk = bulk;
        this.regions = regions;
    }

    Plan check(List<HouseholdFile.Line> lines, RegionCode officerRegion, String source) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Boolean> villages = new HashMap<>();
        Map<String, Optional<String>> heads = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<Parsed>> byHead = new LinkedHashMap<>();
        Set<String> badHeads = new HashSet<>();
        for (HouseholdFile.Line line : lines) {
            int before = errors.size();
            Parsed p = parse(line, officerRegion, villages, heads, errors);
            if (p != null && !seen.add(p.member().idNumber())) {
                errors.add(new RowError(line.line(), "idNumber", "身份证号码在文件中出现两次：一人只能在一户"));
            }
            String head = line.get("headIdNumber").toUpperCase();
            byHead.computeIfAbsent(head, h -> new ArrayList<>()).add(p);
            if (errors.size() > before) {
                badHeads.add(head);
            }
        }
        byHead.forEach((head, rows) -> {
            if (!badHeads.contains(head) && !wholeHousehold(head, rows, errors)) {
                badHeads.add(head);
            }
        });
        Map<String, BulkPerson> known = bulk.people(seen);
        List<NewRegistration> toWrite = new ArrayList<>();
        int rowsToWrite = 0;
        int unchanged = 0;
        for (Map.Entry<String, List<Parsed>> e : byHead.entrySet()) {
            if (badHeads.contains(e.getKey())) {
                continue;
            }
            List<Parsed> rows = e.getValue();
            int registered = againstArchive(e.getKey(), rows, known, errors);
            if (registered < 0) {
                continue;
            }
            if (registered == rows.size()) {
                unchanged += rows.size();
            } else {
                Parsed first = rows.get(0);
                toWrite.add(new NewRegistration(
                        new NewHousehold(
                                RegionCode.of(first.village()),
                                first.phone(),
                                first.away(),
                                rows.stream().map(Parsed::member).toList()),
                        null,
                        source));
                rowsToWrite += rows.size();
            }
        }
        errors.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : 0);
        return new Plan(toWrite, rowsToWrite, unchanged, errors);
    }

    /**
     * One row's own checks. What repeats from row to row is worked out once a file: the head's number (every member's
     * row names it), the village, the regular expressions.
     */
    private Parsed parse(
            HouseholdFile.Line line,
            RegionCode officerRegion,
            Map<String, Boolean> villages,
            Map<String, Optional<String>> heads,
            List<RowError> errors) {
        int n = line.line();
        int before = errors.size();
        String head = line.get("headIdNumber").toUpperCase();
        heads.computeIfAbsent(head, IdNumber::problem)
                .ifPresent(m -> errors.add(new RowError(n, "headIdNumber", "户主身份证号码：" + m)));
        String village = line.get("villageCode");
        if (!VILLAGE_CODE.matcher(village).matches()) {
            errors.add(new RowError(n, "villageCode", "村代码应为12位数字"));
        } else if (!villages.computeIfAbsent(village, v -> isVillage(v, officerRegion))) {
            errors.add(new RowError(n, "villageCode", "村代码 " + village + " 不是本辖区内的村"));
        }
        String phone = line.get("contactPhone");
        ContactPhone.problem(phone).ifPresent(m -> errors.add(new RowError(n, "contactPhone", m)));
        Boolean away = yesNo(line.get("worksAway"));
        if (away == null) {
            errors.add(new RowError(n, "worksAway", "是否外出务工应填“是”或“否”"));
        }
        Relation relation = relation(line.get("relation"));
        if (relation == null && !line.get("relation").isEmpty()) {
            errors.add(new RowError(n, "relation", "与户主关系应为：户主、配偶、子女、父母、孙子女、兄弟姐妹或其他"));
        }
        NewHousehold.NewMember member = new NewHousehold.NewMember(
                line.get("name"), line.get("idNumber").toUpperCase(), relation);
        try {
            RegistrationChecks.member(0, member);
        } catch (BusinessException e) {
            e.fieldErrors()
                    .forEach((field, message) ->
                            errors.add(new RowError(n, field.substring(field.indexOf('.') + 1), message)));
        }
        if (relation == Relation.HEAD && !member.idNumber().equals(head)) {
            errors.add(new RowError(n, "relation", "户主本人的身份证号码应与“户主身份证号”一致"));
        }
        if (relation != null && relation != Relation.HEAD && member.idNumber().equals(head)) {
            errors.add(new RowError(n, "relation", "户主本人一行的关系应为“户主”"));
        }
        return errors.size() > before ? null : new Parsed(line, head, village, phone.strip(), away, member);
    }

    /** The head's own row is there, and every row names the same village and phone. */
    private static boolean wholeHousehold(String head, List<Parsed> rows, List<RowError> errors) {
        Parsed first = rows.get(0);
        boolean ok = true;
        if (rows.stream().noneMatch(p -> p.member().idNumber().equals(head))) {
            errors.add(new RowError(first.line().line(), "headIdNumber", "本户没有户主本人的一行（身份证号码等于户主身份证号）"));
            ok = false;
        }
        for (Parsed p : rows) {
            if (!p.village().equals(first.village())) {
                errors.add(new RowError(
                        p.line().line(),
                        "villageCode",
                        "同一户的村代码应相同（第 " + first.line().line() + " 行为 " + first.village() + "）"));
                ok = false;
            }
            if (!p.phone().equals(first.phone())) {
                errors.add(new RowError(
                        p.line().line(),
                        "contactPhone",
                        "同一户的联系电话应相同（第 " + first.line().line() + " 行）"));
                ok = false;
            }
        }
        return ok;
    }

    /** How many rows are registered already in this very household; -1 when the archive refuses the household. */
    private static int againstArchive(
            String head, List<Parsed> rows, Map<String, BulkPerson> known, List<RowError> errors) {
        int registered = 0;
        List<Parsed> fresh = new ArrayList<>();
        boolean refused = false;
        for (Parsed p : rows) {
            BulkPerson person = known.get(p.member().idNumber());
            if (person == null) {
                fresh.add(p);
            } else if (head.equals(person.headIdNumber()) && !person.departed()) {
                registered++;
            } else {
                errors.add(new RowError(
                        p.line().line(),
                        "idNumber",
                        "此人已登记在另一户（户主 " + Masking.idNumber(person.headIdNumber()) + "）：一人只能在一户（R16）"));
                refused = true;
            }
        }
        if (registered > 0 && !fresh.isEmpty()) {
            fresh.forEach(p -> errors.add(new RowError(p.line().line(), "idNumber", "本户已登记：新增成员请办理自然变更（出生、婚入、其他迁入）")));
            refused = true;
        }
        return refused ? -1 : registered;
    }

    private boolean isVillage(String code, RegionCode officerRegion) {
        RegionCode village = RegionCode.of(code);
        return officerRegion.contains(village)
                && regions.find(village)
                        .map(v -> v.level() == RegionLevel.VILLAGE)
                        .orElse(false);
    }

    private static Boolean yesNo(String value) {
        return switch (value.toLowerCase()) {
            case "", "否", "no", "false", "0", "n" -> false;
            case "是", "yes", "true", "1", "y" -> true;
            default -> null;
        };
    }

    private static Relation relation(String value) {
        return RELATIONS.get(value.toUpperCase(Locale.ROOT));
    }

    /** Each relation by its label and its name in capitals (names are accepted in any case). */
    private static Map<String, Relation> relations() {
        Map<String, Relation> byText = new HashMap<>();
        for (Relation r : Relation.values()) {
            byText.putIfAbsent(r.label(), r);
            byText.putIfAbsent(r.name().toUpperCase(Locale.ROOT), r);
        }
        return Map.copyOf(byText);
    }
}
