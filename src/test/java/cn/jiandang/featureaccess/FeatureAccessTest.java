package cn.jiandang.featureaccess;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The R12 gate other services call: the demo province has every function open, another province only statistics. */
@JiandangSpringTest
class FeatureAccessTest {

    @Autowired
    FeatureAccess access;

    @Test
    void aClosedFunctionIsRefusedAndAnOpenOneIsNot() {
        RegionCode demoVillage = RegionCode.of("130125100201");
        RegionCode shanxiCounty = RegionCode.of("140105000000");
        access.checkOpen(Feature.NATURAL_CHANGE, demoVillage);
        assertThat(access.isOpen(Feature.YEAR_END_EXIT, demoVillage)).isTrue();
        assertThatThrownBy(() -> access.checkOpen(Feature.NATURAL_CHANGE, shanxiCounty))
                .isInstanceOf(FeatureClosedException.class)
                .hasMessageStartingWith("本省尚未开放自然变更功能")
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        access.checkOpen(Feature.STATISTICS, shanxiCounty);
        assertThat(access.openFeatures(shanxiCounty)).containsExactly(Feature.STATISTICS);
    }

    @Test
    void theCentreIsNeverGated() {
        access.checkOpen(Feature.BASE_DATA_EDIT, RegionCode.NATIONAL);
        assertThat(access.isOpen(Feature.RISK_ELIMINATION, RegionCode.NATIONAL)).isTrue();
    }

    @Test
    void eachIdentificationKindHasItsFunction() {
        assertThat(Feature.forIdentification("NEWLY_POOR")).isEqualTo(Feature.IDENTIFICATION_NEWLY_POOR);
        assertThat(Feature.forIdentification("MARGINAL")).isEqualTo(Feature.IDENTIFICATION_MARGINAL);
    }
}
