package cn.jiandang.assistance;

import cn.jiandang.common.BusinessException;

/** Assistance that the rules do not allow for this household. */
public class AssistanceRefusedException extends BusinessException {

    public AssistanceRefusedException(String message) {
        super(Kind.CONFLICT, message);
    }
}
