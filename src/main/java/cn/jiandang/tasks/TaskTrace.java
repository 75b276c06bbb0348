package cn.jiandang.tasks;

import cn.jiandang.audit.AuditActions;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties every audit entry of this transaction to the task: the entity writes are flushed at commit, after the
 * completing method returns, so the id stays until the transaction completes.
 */
final class TaskTrace {

    private TaskTrace() {}

    static void bind(String taskId) {
        MDC.put(AuditActions.MDC_TASK_ID, taskId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    MDC.remove(AuditActions.MDC_TASK_ID);
                }
            });
        }
    }
}
