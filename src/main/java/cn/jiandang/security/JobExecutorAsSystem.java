package cn.jiandang.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The engine's job executor (timers and asynchronous continuations) runs every batch of jobs as the
 * {@link SystemActor}: its pool's tasks are decorated before the pool starts. Without job execution (the tests run
 * jobs explicitly) there is no pool and nothing to decorate.
 */
@Configuration
class JobExecutorAsSystem {

    /** The bean name under which the Camunda Spring Boot starter creates the job executor's pool. */
    static final String JOB_EXECUTOR_POOL = "camundaTaskExecutor";

    @Bean
    static BeanPostProcessor jobExecutorRunsAsSystem() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (JOB_EXECUTOR_POOL.equals(name)) {
                    decorate(bean);
                }
                return bean;
            }
        };
    }

    /** Refuses to start with a pool it cannot decorate: jobs must never run without an actor. */
    static void decorate(Object pool) {
        if (!(pool instanceof ThreadPoolTaskExecutor executor)) {
            throw new IllegalStateException(
                    "The job executor's pool is not a ThreadPoolTaskExecutor; its jobs could not run as the system");
        }
        executor.setTaskDecorator(SystemActor::decorate);
    }
}
