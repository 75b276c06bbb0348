package cn.jiandang.it;

import cn.jiandang.audit.AuditBatchContract;

/** {@link AuditBatchContract} on PostgreSQL 15: one {@code insert … select … from unnest(…)} for the whole batch. */
@PostgresAppTest
class AuditBatchPostgresIT extends AuditBatchContract {}
