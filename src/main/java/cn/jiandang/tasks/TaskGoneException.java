package cn.jiandang.tasks;

/** The task was completed by someone else meanwhile, or withdrawn. */
public class TaskGoneException extends IllegalStateException {

    public TaskGoneException() {
        super("该任务已由他人办理完毕或已撤回，请刷新任务列表");
    }
}
