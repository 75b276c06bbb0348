package cn.jiandang.region;

import cn.jiandang.common.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
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
            current = current.get().parent() == null ? Optional.empty() : find(current.get().parent());
        }
        return String.join(" ", parts);
    }

    /** Every region of the subtree, in one range query over the code index. */
    public List<RegionView> subtree(RegionCode root) {
        return regions.findByCodeBetweenOrderByCode(root.lowerBound(), root.upperBound()).stream()
                .map(Region::view).toList();
    }

    public List<RegionView> villagesUnder(RegionCode root) {
        return new ArrayList<>(subtree(root).stream().filter(r -> r.level() == RegionLevel.VILLAGE).toList());
    }

    public boolean isEmpty() {
        return regions.count() == 0;
    }

    @Transactional
    public RegionView create(RegionCode code, String name, boolean deepPoverty) {
        RegionLevel parentLevel = code.level().parent();
        RegionCode parent = parentLevel == null || parentLevel == RegionLevel.NATIONAL ? null : code.ancestor(parentLevel);
        if (parent != null && !regions.existsById(parent.value())) {
            throw BusinessException.invalid("上级行政区划不存在: " + parent);
        }
        return regions.save(new Region(code, parent, name, deepPoverty)).view();
    }
}
