package cn.jiandang.exchange;

import cn.jiandang.JiandangSpringTest;

/** The household import on H2, in the unit tests' shared context. */
@JiandangSpringTest
class HouseholdImportTest extends HouseholdImportContract {}
