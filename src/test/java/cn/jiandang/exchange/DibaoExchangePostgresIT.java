package cn.jiandang.exchange;

import cn.jiandang.it.PostgresAppTest;

/** The 低保 import's set-based statements and the coverage on PostgreSQL 15. */
@PostgresAppTest
class DibaoExchangePostgresIT extends DibaoExchangeContract {}
