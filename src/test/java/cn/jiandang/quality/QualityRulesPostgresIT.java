package cn.jiandang.quality;

import cn.jiandang.it.PostgresAppTest;

/** The rule set's portable SQL on PostgreSQL 15. */
@PostgresAppTest
class QualityRulesPostgresIT extends QualityRulesContract {}
