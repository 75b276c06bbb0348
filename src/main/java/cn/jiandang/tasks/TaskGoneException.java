package cn.jiandang.tasks;

import cn.jiandang.common.BusinessException;

/** The task was completed by someone else meanwhile, or withdrawn. */
public class TaskGoneException extends BusinessException {

    public TaskGoneException() {
        super(Kind.CONFLICT, "该任务已由他人办理完毕或已撤回，请刷新任务列表");
    }
}
