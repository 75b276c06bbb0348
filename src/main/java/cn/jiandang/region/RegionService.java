package cn.jiandang.region;

import cn.jiandang.common.BusinessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and maintains the region tree. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final RegionRepository regions;
    private final RegionNameHistoryRepository names;

    RegionService(RegionRepository regions, RegionNameHistoryRepository names) {
        this.regions = regions;
        this.names = names;
    }

    public Optional<RegionView> find(RegionCode code) {
        if (RegionCode.NATIONAL.equals(code)) {
            return Optional.of(new RegionView(code, null, RegionLevel.NATIONAL, "全国", false));
        }
        return regions.findById(code.value()).map(Region::view);
    }

    public String name(RegionCode code) {
        return find(code).map(RegionView::name).orElse(code.value());
    }

    /** Names of many codes in one query, for lists. */
    public Map<RegionCode, String> names(Collection<RegionCode> codes) {
        Map<RegionCode, String> names = new HashMap<>();
        regions.findAllById(codes.stream().map(RegionCode::value).toList())
                .forEach(r -> names.put(r.view().code(), r.view().name()));
        return names;
    }

    /** "石家庄市 行唐县 龙州镇 东关村": the path below the province, for display. */
    public String path(RegionCode code) {
        LinkedList<String> parts = new LinkedList<>();
        Optional<RegionView> current = find(code);
        while (current.isPresent() && current.get().level().ordinal() > RegionLevel.PROVINCE.ordinal()) {
            parts.addFirst(current.get().name());
            current = current.get().parent() == null
                    ? Optional.empty()
                    : find(current.get().parent());
        }
        return String.join(" ", parts);
    }

    /** Every region of the subtree, in one range query over the code index. */
    public List<RegionView> subtree(RegionCode root) {
        return regions.findByCodeBetweenOrderByCode(root.lowerBound(), root.upperBound()).stream()
                .map(Region::view)
                .toList();
    }

    public List<RegionView> villagesUnder(RegionCode root) {
        return new ArrayList<>(subtree(root).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .toList());
    }

    /**
     * One page of the villages of the subtree whose name contains {@code nameFilter} (null or blank: all), in code
     * order, for a lazy choice field: a province holds tens of thousands of villages.
     */
    public List<RegionView> villagesUnder(RegionCode root, String nameFilter, int offset, int limit) {
        return regionsUnder(root, RegionLevel.VILLAGE, nameFilter, offset, limit);
    }

    /** As {@link #villagesUnder(RegionCode, String, int, int)}, for any level (e.g. the townships of a province). */
    public List<RegionView> regionsUnder(RegionCode root, RegionLevel level, String nameFilter, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String name = nameFilter == null ? "" : nameFilter.strip();
        // Vaadin asks for whole pages (offset a multiple of limit); otherwise read up to the end and skip
        boolean aligned = offset % limit == 0;
        List<Region> found = regions.findByCodeBetweenAndLevelAndNameContainingOrderByCode(
                root.lowerBound(),
                root.upperBound(),
                level,
                name,
                aligned ? PageRequest.of(offset / limit, limit) : PageRequest.of(0, offset + limit));
        return found.stream().skip(aligned ? 0 : offset).map(Region::view).toList();
    }

    public int countVillagesUnder(RegionCode root, String nameFilter) {
        return countRegionsUnder(root, RegionLevel.VILLAGE, nameFilter);
    }

    public int countRegionsUnder(RegionCode root, RegionLevel level, String nameFilter) {
        return (int) regions.countByCodeBetweenAndLevelAndNameContaining(
                root.lowerBound(), root.upperBound(), level, nameFilter == null ? "" : nameFilter.strip());
    }

    public boolean isEmpty() {
        return regions.count() == 0;
    }

    @Transactional
    public RegionView create(RegionCode code, String name, boolean deepPoverty) {
        return regions.save(new Region(code, parentOf(code), name, deepPoverty)).view();
    }

    /** The parent code, which must exist: a code's prefix matches its parent's. */
    private RegionCode parentOf(RegionCode code) {
        RegionLevel parentLevel = code.level().parent();
        RegionCode parent =
                parentLevel == null || parentLevel == RegionLevel.NATIONAL ? null : code.ancestor(parentLevel);
        if (parent != null && !regions.existsById(parent.value())) {
            throw BusinessException.invalid("上级行政区划不存在: " + parent);
        }
        return parent;
    }

    /** A region that comes into being on a date, e.g. a resettlement site, possibly under a temporary name. */
    @Transactional
    public RegionView create(
            RegionCode code, String name, boolean deepPoverty, LocalDate validFrom, boolean temporary) {
        RegionCode parent = parentOf(code);
        if (regions.existsById(code.value())) {
            throw BusinessException.invalidField("code", "行政区划代码已存在: " + code);
        }
        Region region = regions.save(new Region(code, parent, name, deepPoverty, validFrom));
        names.save(new RegionNameHistory(code, name, validFrom, temporary, RegionAdjustment.CREATED));
        return region.view();
    }

    /**
     * Renames a region from a date on, keeping the former name with its validity. Replacing a temporary
     * name is a rename with reason {@link RegionAdjustment#TEMPORARY_NAME_REPLACED}.
     */
    @Transactional
    public void rename(RegionCode code, String newName, LocalDate effective, RegionAdjustment reason) {
        Region region =
                regions.findById(code.value()).orElseThrow(() -> BusinessException.notFound("行政区划不存在: " + code));
        if (newName == null || newName.isBlank()) {
            throw BusinessException.invalidField("name", "新名称不能为空");
        }
        List<RegionNameHistory> history = names.findByCodeOrderByValidFrom(code.value());
        if (history.isEmpty()) {
            RegionNameHistory original = new RegionNameHistory(
                    code,
                    region.name(),
                    region.validFrom() == null ? BEGINNING : region.validFrom(),
                    false,
                    RegionAdjustment.CREATED);
            history = List.of(names.save(original));
        }
        RegionNameHistory current = history.get(history.size() - 1);
        if (current.validTo() != null || !current.view().validFrom().isBefore(effective)) {
            throw BusinessException.invalidField(
                    "effective", "更名日期必须晚于现用名称的启用日期 " + current.view().validFrom());
        }
        current.end(effective);
        names.save(new RegionNameHistory(code, newName, effective, false, reason));
        region.rename(newName);
    }

    /** Ends a region (merged into or moved to {@code successor}); its households move through the household module. */
    @Transactional
    public void retire(RegionCode code, LocalDate end, RegionCode successor) {
        Region region =
                regions.findById(code.value()).orElseThrow(() -> BusinessException.notFound("行政区划不存在: " + code));
        if (successor != null && !regions.existsById(successor.value())) {
            throw BusinessException.invalid("承接的行政区划不存在: " + successor);
        }
        region.retire(end, successor);
    }

    /** The name a region bore on a date; the current name when no adjustment is recorded. */
    public Optional<String> nameAsOf(RegionCode code, LocalDate date) {
        Optional<Region> region = regions.findById(code.value());
        if (region.isEmpty()) {
            return Optional.empty();
        }
        if (region.get().validFrom() != null && region.get().validFrom().isAfter(date)) {
            return Optional.empty();
        }
        List<RegionNameHistory> history = names.findByCodeOrderByValidFrom(code.value());
        if (history.isEmpty()) {
            return Optional.of(region.get().name());
        }
        return history.stream()
                .filter(h -> h.validOn(date))
                .findFirst()
                .map(h -> h.view().name());
    }

    /** Every name of the region, oldest first. */
    public List<RegionNameView> nameHistory(RegionCode code) {
        return names.findByCodeOrderByValidFrom(code.value()).stream()
                .map(RegionNameHistory::view)
                .toList();
    }

    /** When the region came into being and ended (null: still valid), and what succeeded it after a merge or move. */
    public Optional<RegionStatus> status(RegionCode code) {
        return regions.findById(code.value())
                .map(r -> new RegionStatus(
                        code,
                        r.validFrom(),
                        r.validTo(),
                        r.successorCode() == null ? null : RegionCode.of(r.successorCode())));
    }

    /** Whether the region exists on the date (created before, not yet merged or moved away). */
    public boolean validOn(RegionCode code, LocalDate date) {
        return regions.findById(code.value())
                .map(r -> (r.validFrom() == null || !r.validFrom().isAfter(date))
                        && (r.validTo() == null || r.validTo().isAfter(date)))
                .orElse(false);
    }
}
