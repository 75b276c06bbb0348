package cn.jiandang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Every feature package is a module: no cycles, and others use only its top-level (public) API. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(JiandangApplication.class).verify();
    }
}
