package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.tasks.TaskRow;

/** How a row of the task list is named to the officer, in its language. */
final class TaskRowLabels {

    private TaskRowLabels() {}

    /** The step's name in the officer's language. */
    static String step(TaskRow r) {
        return Texts.step(
                r.task().processDefinitionKey(),
                r.task().taskDefinitionKey(),
                r.task().name());
    }
}
