package cn.jiandang.tasks.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs several calls of the engine's public services as one engine command. Each service call is a command of its
 * own that loads the task, its execution and its process definition again and flushes its own statements; called
 * within one command they share its entity cache and one flush, so a claim, a comment and the completion of the same
 * task read the task once and write it once (issue 14, P1). An exception of any of them fails the whole command, in the
 * caller's transaction as any command would.
 */
@Component
public class EngineCommands {

    private final CommandExecutor executor;

    EngineCommands(ProcessEngine engine) {
        this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Runs {@code calls} (calls of the engine's services) in one command context. */
    public void together(Runnable calls) {
        executor.execute(commandContext -> {
            calls.run();
            return null;
        });
    }
}
