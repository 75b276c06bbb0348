package cn.jiandang.tasks;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;

/**
 * A map that lives as long as the current transaction (suspended and resumed with it): what this transaction already
 * read or wrote of a task, so that one step does not ask the engine or write the projection twice for the same thing
 * (issue 14, P1). Outside a transaction each call gets a new, empty map: nothing is remembered.
 */
final class TransactionScoped {

    private TransactionScoped() {}

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, V> bound = (Map<String, V>) TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return bound;
        }
        Map<String, V> fresh = new HashMap<>();
        TransactionSynchronizationManager.bindResource(key, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(key, fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return fresh;
    }
}
