package cn.jiandang.audit;

import cn.jiandang.JiandangSpringTest;

/** {@link AuditBatchContract} on H2: the JDBC batch. */
@JiandangSpringTest
class AuditBatchTest extends AuditBatchContract {}
