package cn.jiandang.exchange;

import org.springframework.context.ApplicationContext;

/** Works the queued imports for tests of other features, as the background worker would. */
public final class TestImports {

    private TestImports() {}

    public static int runQueued(ApplicationContext context) {
        return context.getBean(ImportWorker.class).runQueued();
    }
}
