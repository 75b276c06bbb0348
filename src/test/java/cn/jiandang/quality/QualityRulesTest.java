package cn.jiandang.quality;

import cn.jiandang.JiandangSpringTest;

/** The rule set on H2, in the unit tests' shared context. */
@JiandangSpringTest
class QualityRulesTest extends QualityRulesContract {}
