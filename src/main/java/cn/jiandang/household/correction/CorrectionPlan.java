package cn.jiandang.household.correction;

import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.NaturalChange;
import cn.jiandang.security.Masking;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What an R7 run finds in a region: the households whose identification month moves, the natural changes whose month
 * moves, the births it keeps, and the members involved; the report and the kept items are read from it before
 * anything moves.
 */
record CorrectionPlan(
        List<Household> households, List<NaturalChange> changes, List<NaturalChange> kept, Map<Long, Member> people) {

    CorrectionReport report(boolean applied, Long runId) {
        TreeSet<Long> affected = new TreeSet<>();
        households.forEach(h -> affected.add(h.id()));
        changes.forEach(c -> affected.add(c.householdId()));
        return new CorrectionReport(
                applied, households.size(), changes.size(), kept.size(), List.copyOf(affected), rows(), runId);
    }

    /** What the run changes and keeps, with the months before it changes them. */
    List<CorrectionRuns.Item> items() {
        List<CorrectionRuns.Item> items = new ArrayList<>();
        households.forEach(h -> items.add(new CorrectionRuns.Item(
                h.id(),
                CorrectionRow.IDENTIFICATION_MONTH,
                null,
                h.identificationMonth(),
                MonthCorrectionService.TARGET)));
        changes.forEach(c -> items.add(new CorrectionRuns.Item(
                c.householdId(), CorrectionRow.NATURAL_CHANGE, c.id(), c.month(), MonthCorrectionService.TARGET)));
        kept.forEach(c -> items.add(
                new CorrectionRuns.Item(c.householdId(), CorrectionRow.BIRTH_KEPT, c.id(), c.month(), c.month())));
        return items;
    }

    /** The report's lines from the entities, before anything moved (the dry run, and the apply's answer). */
    private List<CorrectionRow> rows() {
        List<CorrectionRow> rows = new ArrayList<>();
        for (Household h : households) {
            Member head = h.head();
            rows.add(new CorrectionRow(
                    CorrectionRow.IDENTIFICATION_MONTH,
                    h.id(),
                    h.villageCode(),
                    head == null ? "" : head.name(),
                    null,
                    head == null ? null : Masking.idNumber(head.idNumber()),
                    h.identificationMonth(),
                    MonthCorrectionService.TARGET));
        }
        changes.forEach(c -> rows.add(row(CorrectionRow.NATURAL_CHANGE, c, MonthCorrectionService.TARGET)));
        kept.forEach(c -> rows.add(row(CorrectionRow.BIRTH_KEPT, c, c.month())));
        return rows;
    }

    private CorrectionRow row(String kind, NaturalChange c, YearMonth to) {
        Member m = people.get(c.memberId());
        Member head = m.household().head();
        return new CorrectionRow(
                kind,
                c.householdId(),
                m.household().villageCode(),
                head == null ? "" : head.name(),
                m.name(),
                Masking.idNumber(m.idNumber()),
                c.month(),
                to);
    }
}
