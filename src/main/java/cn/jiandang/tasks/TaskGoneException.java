package cn.jiandang.tasks;

import cn.jiandang.common.BusinessException;

/** The task was completed by someone else meanwhile, or withdrawn. */
public class TaskGoneException extends BusinessException {

    public TaskGoneException() {
        super(Kind.CONFLICT, "该任务已由他人办理完毕或已撤回，请刷新任务列表");
    }

    /** Who took it: completed, or claimed at the same moment and being done now. */
    public TaskGoneException(String by, boolean completed) {
        super(Kind.CONFLICT, "该任务已由 " + by + (completed ? " 办理完毕" : " 认领办理") + "，请刷新任务列表");
    }
}
