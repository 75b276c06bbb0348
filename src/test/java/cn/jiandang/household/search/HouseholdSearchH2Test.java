package cn.jiandang.household.search;

import cn.jiandang.JiandangSpringTest;

/** The search contract on the embedded default, H2 (its twin on PostgreSQL is HouseholdSearchPostgresIT). */
@JiandangSpringTest
class HouseholdSearchH2Test extends SearchContract {}
