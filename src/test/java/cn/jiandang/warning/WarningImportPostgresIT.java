package cn.jiandang.warning;

import cn.jiandang.it.PostgresAppTest;

/** The 10,000-signal import on PostgreSQL 15: set-based statements, unique keys and the engine on a real database. */
@PostgresAppTest
class WarningImportPostgresIT extends WarningImportContract {}
