package cn.jiandang.exchange;

import cn.jiandang.it.PostgresAppTest;

/** The household import's batch inserts and checks on PostgreSQL 15. */
@PostgresAppTest
class HouseholdImportPostgresIT extends HouseholdImportContract {}
