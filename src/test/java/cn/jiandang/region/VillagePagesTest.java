package cn.jiandang.region;

import cn.jiandang.JiandangSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The villages of a region page by page (the task list's village choice), filtered by name in the database. */
@JiandangSpringTest
class VillagePagesTest {

    static final RegionCode NANQIAO = RegionCode.of("130125101000");
    static final RegionCode XINGTANG = RegionCode.of("130125000000");

    @Autowired
    RegionService regions;

    @Test
    void pagesOfTheVillagesMakeUpTheWholeListAndTheCountAgrees() {
        List<RegionView> all = regions.villagesUnder(NANQIAO);
        assertThat(all)
                .hasSizeGreaterThan(2)
                .allMatch(v -> NANQIAO.contains(v.code()) && v.level() == RegionLevel.VILLAGE);
        assertThat(regions.countVillagesUnder(NANQIAO, null)).isEqualTo(all.size());

        List<RegionView> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            paged.addAll(regions.villagesUnder(NANQIAO, "", offset, 2));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(regions.villagesUnder(NANQIAO, null, 1, 2))
                .as("an offset not on a page boundary")
                .isEqualTo(all.subList(1, 3));
    }

    @Test
    void theNameFilterNarrowsInTheDatabaseAndOtherRegionsStayOut() {
        RegionView some = regions.villagesUnder(NANQIAO).get(0);
        List<RegionView> found = regions.villagesUnder(XINGTANG, some.name(), 0, 50);
        assertThat(found).contains(some).allMatch(v -> v.name().contains(some.name()));
        assertThat(regions.countVillagesUnder(XINGTANG, some.name())).isEqualTo(found.size());
        assertThat(regions.villagesUnder(RegionCode.of("130126000000"), some.name(), 0, 50))
                .doesNotContain(some);
        assertThat(regions.countVillagesUnder(XINGTANG, null)).isGreaterThan(regions.countVillagesUnder(NANQIAO, null));
    }
}
